// Loads test data the way users load theirs: CSV files in a folder, read and written by the data import
// (@siheung/seed/import, what `pnpm data import` runs). Fails the test on any import problem.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs, formatProblem, importFiles, type ImportReport } from '@siheung/seed/import';
import type { Database } from '@siheung/core/db';

/** Imports every CSV file of a folder (e.g. a committed fixture). */
export async function importFolder(db: Database, dir: string, source: string): Promise<ImportReport> {
  const { inputs, problems } = await collectInputs([dir]);
  if (problems.length > 0) throw new Error(`import-test-files: ${problems.map(formatProblem).join('; ')}`);
  const report = await importFiles(db, inputs, { source });
  if (report.problems.length > 0)
    throw new Error(`import-test-files: ${report.problems.map(formatProblem).join('; ')}`);
  return report;
}

/** Writes the given files (name → CSV text) to a temporary folder and imports them. */
export async function importCsvFiles(
  db: Database,
  files: Record<string, string>,
  source: string,
): Promise<ImportReport> {
  const dir = mkdtempSync(join(tmpdir(), 'siheung-test-import-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return await importFolder(db, dir, source);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deletes a test file's nodes (ids starting with a "T-" prefix) and their links. */
export async function deleteTestData(db: Database, prefix: string): Promise<void> {
  await db.write('load-test-delete-prefix', { prefix });
}

/** CSV text from a header and rows (cells must not need quoting: test data is plain). */
export const csv = (header: string, rows: readonly string[]): string => [header, ...rows].join('\n') + '\n';

export const HUBS_HEADER = 'id,name,nameEn,role,roleEn,lat,lng,source,synthetic';
export const ORGANIZATIONS_HEADER =
  'id,name,nameEn,aliases,kind,hub,sector,founded,employees,status,description,descriptionEn,website,source,synthetic';
export const COLLABORATIONS_HEADER = 'id,from,to,kind,since,until,weight,title,source,synthetic';
