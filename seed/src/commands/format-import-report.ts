// The lines the CLI prints for an import: what each file was taken to be, then what the import did.
import type { ImportReport } from '../import/index.ts';
import { formatSummary } from './format-summary.ts';

/** One line per table: its name, the type it was taken for, its rows, encoding and header language. */
export function formatFiles(report: ImportReport): string[] {
  const width = Math.max(0, ...report.files.map((file) => file.file.length));
  return report.files.map(
    (file) =>
      `  ${file.file.padEnd(width)}  ${file.type.padEnd(24)} ${String(file.rows).padStart(7)} rows  ` +
      `${file.encoding}, ${file.headers === 'en' ? 'English' : file.headers === 'ko' ? 'Korean' : 'mixed'} ` +
      `headers`,
  );
}

export function formatImportReport(report: ImportReport, target: string): string[] {
  const lines = formatFiles(report);
  if (report.summary === null) {
    lines.push(
      `data import: valid (${report.rows} rows); dry run of a batched import: counts need one transaction, ` +
        `nothing was written`,
    );
    return lines;
  }
  const how = report.transaction === 'single' ? 'in one transaction' : 'in committed batches';
  lines.push(
    report.dryRun
      ? `data import: dry run against ${target}: nothing was written; the import would do:`
      : `data import: imported into ${target} ${how}`,
  );
  lines.push(...formatSummary(report.summary));
  return lines;
}
