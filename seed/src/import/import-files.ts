// An import, start to end: read the inputs, validate everything (files and database) before any write,
// then load, in one transaction when the import fits in one (all or nothing), else in committed batches
// that a rerun completes (docs/data.md, "Atomicity"). The CLI and the API upload both run this.
import type { Database } from '@siheung/core/db';
import {
  buildDataset,
  DatasetInvalidError,
  sortProblems,
  type Dataset,
  type Problem,
  type TextEncodingChoice,
} from '../dataset/index.ts';
import { loadDataset, type LoadProgress, type LoadSummary, type TransactionMode } from '../load/index.ts';
import { findKnownIds, findLinkConflicts } from './check-database.ts';
import type { ImportInput } from './import-input.ts';
import { readInputs, type FileReport, type ReadInputsResult } from './read-inputs.ts';

/** Above this many rows an `auto` import commits batch by batch: one transaction outgrows the heap (docs/data.md). */
export const SINGLE_TRANSACTION_MAX_ROWS = 100_000;

export interface ImportOptions {
  /** Validate and count (in a rolled-back transaction when it fits in one), but write nothing. */
  dryRun?: boolean;
  /** Dataset name recorded as importedFrom, and as source where a row has none (default: the file's name). */
  source?: string | null;
  encoding?: TextEncodingChoice;
  /** auto (default): single up to SINGLE_TRANSACTION_MAX_ROWS rows, batched above. */
  transaction?: TransactionMode | 'auto';
  batchSize?: number;
  singleTransactionMaxRows?: number;
  /** Refuse (as a problem, before any write) an import of more rows than this, e.g. an upload. */
  maxRows?: number;
  /** The inputs already read (e.g. in a worker thread, `readInputs`); read here when absent. */
  read?: ReadInputsResult;
  /** Called after every written batch (only once validation has passed). */
  onProgress?: (progress: LoadProgress) => void;
}

export interface ImportReport {
  files: FileReport[];
  /** Every problem, sorted; when there is any, nothing was written. */
  problems: Problem[];
  /** What the import did (or, in a dry run, would do); null when nothing could be counted. */
  summary: LoadSummary | null;
  dryRun: boolean;
  transaction: TransactionMode;
  rows: number;
}

export async function importFiles(
  db: Database,
  inputs: readonly ImportInput[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const read = options.read ?? (await readInputs(inputs, options.encoding));
  const rows = read.tables.reduce((sum, table) => sum + table.records.length, 0);
  const maxSingle = options.singleTransactionMaxRows ?? SINGLE_TRANSACTION_MAX_ROWS;
  const requested = options.transaction ?? 'auto';
  const transaction: TransactionMode = requested === 'auto' ? (rows <= maxSingle ? 'single' : 'batched') : requested;
  const report = (problems: Problem[], summary: LoadSummary | null): ImportReport => ({
    files: read.files,
    problems: sortProblems(problems),
    summary,
    dryRun,
    transaction,
    rows,
  });

  if (inputs.length === 0)
    return report([{ file: '', row: 0, column: '', value: '', expected: 'at least one file to import' }], null);
  if (options.maxRows !== undefined && rows > options.maxRows) {
    return report(
      [
        {
          file: '',
          row: 0,
          column: '',
          value: String(rows),
          expected: `at most ${options.maxRows} rows in one upload (import larger files with \`pnpm data import\`)`,
        },
      ],
      null,
    );
  }
  const [knownIds, conflicts] = await Promise.all([findKnownIds(db, read.tables), findLinkConflicts(db, read.tables)]);
  let dataset: Dataset;
  try {
    dataset = buildDataset(read.tables, {
      readProblems: [...read.problems, ...conflicts],
      knownIds,
      importSource: options.source ?? null,
    });
  } catch (error) {
    if (error instanceof DatasetInvalidError) return report([...error.problems], null);
    throw error;
  }
  if (dryRun && transaction === 'batched') return report([], null);
  const summary = await loadDataset(db, dataset, {
    transaction,
    dryRun,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
  });
  return report([], summary);
}
