// One line per dataset type for the CLI: rows written and what they did to the graph.
import type { LoadSummary } from '../load/index.ts';

export function formatSummary(summary: LoadSummary): string[] {
  const width = Math.max(...Object.keys(summary).map((type) => type.length));
  return Object.entries(summary).map(
    ([type, counts]) =>
      `  ${type.padEnd(width)}  ${String(counts.rows).padStart(6)} rows  (${counts.created} created, ` +
      `${counts.updated} updated, ${counts.unchanged} unchanged)`,
  );
}
