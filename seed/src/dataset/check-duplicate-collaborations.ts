// A collaboration is undirected in meaning, so the same pair (either way round), kind and start date
// may appear only once, whatever its id.
import type { ParsedTable } from './parse-table.ts';
import type { Problem } from './problem.ts';

export function checkDuplicateCollaborations(tables: readonly ParsedTable[]): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  for (const table of tables.filter((candidate) => candidate.spec.type === 'collaborations')) {
    for (const row of table.rows) {
      const { from, to, kind, since } = row.values;
      if (![from, to, kind, since].every((value) => typeof value === 'string') || from === to) continue;
      const pair = [String(from), String(to)].sort();
      const key = [...pair, kind, since].join('\u0000');
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, `${table.file}:${row.line}`);
        continue;
      }
      problems.push({
        file: table.file,
        row: row.line,
        column: 'since',
        value: String(since),
        expected: `one ${String(kind)} link between ${pair.join(' and ')} per start date (already at ${first})`,
      });
    }
  }
  return problems;
}
