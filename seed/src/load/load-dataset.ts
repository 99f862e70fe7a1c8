// Writes a validated dataset in batches per type, in dependency order, either in ONE write transaction
// (all or nothing: the default) or with each batch committed on its own (for imports too large for one
// transaction: MERGE on ids makes a rerun of an interrupted load reach exactly the state a clean load
// would). A repeated load changes nothing.
import type { Database, QueryRunner, Row } from '@siheung/core/db';
import type { Dataset, DatasetType } from '../dataset/index.ts';
import { LOAD_STEPS, type LoadStep } from './load-steps.ts';

export interface LoadCounts {
  /** Rows written (every row of the type). */
  rows: number;
  /** New nodes or links. */
  created: number;
  /** Existing ones whose content changed (or that no load had written before). */
  updated: number;
  /** Existing ones written by an earlier load of the same content. */
  unchanged: number;
}

/** Counts per dataset type, in load order. */
export type LoadSummary = Record<DatasetType, LoadCounts>;

export const TRANSACTION_MODES = ['single', 'batched'] as const;
export type TransactionMode = (typeof TRANSACTION_MODES)[number];

export interface LoadProgress {
  /** Step rows written so far, of all steps (link passes over node rows count too). */
  done: number;
  total: number;
  type: DatasetType;
}

export interface LoadOptions {
  /** Rows per UNWIND batch (default 1000). */
  batchSize?: number;
  /** single (default): one transaction; batched: each batch commits on its own. */
  transaction?: TransactionMode;
  /** Runs the whole load in one transaction and rolls it back: the summary of what it would do. */
  dryRun?: boolean;
  /** Called after every batch. */
  onProgress?: (progress: LoadProgress) => void;
}

export class LoadError extends Error {
  override name = 'LoadError';
}

/** A batched load that failed after some batches had committed: rerunning the same load completes it. */
export class PartialLoadError extends LoadError {
  override name = 'PartialLoadError';
  constructor(
    readonly committedBatches: number,
    readonly totalBatches: number,
    readonly failure: unknown,
  ) {
    super(`seed/load: ${failure instanceof Error ? failure.message.split('\n')[0] : String(failure)}`);
  }
}

export const DEFAULT_BATCH_SIZE = 1000;

function emptySummary(): LoadSummary {
  const summary = {} as LoadSummary;
  for (const step of LOAD_STEPS) summary[step.type] = { rows: 0, created: 0, updated: 0, unchanged: 0 };
  return summary;
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

const count = (row: Row | undefined, key: string): number => Number(row?.[key] ?? 0);

async function runBatch(
  tx: QueryRunner,
  step: LoadStep,
  batch: readonly object[],
  summary: LoadSummary,
): Promise<void> {
  const [result] = await tx.run(step.query, { rows: batch });
  const written = count(result, 'rows');
  if (written !== batch.length) {
    // Validation resolves every reference within the dataset and the database, so this is a bug (or the
    // database changed under the import), never bad input.
    throw new LoadError(
      `seed/load: ${step.query} wrote ${written} of ${batch.length} rows (a referenced node is missing)`,
    );
  }
  if (!step.counts) return;
  const counts = summary[step.type];
  const created = count(result, 'created');
  const unchanged = count(result, 'unchanged');
  counts.rows += written;
  counts.created += created;
  counts.unchanged += unchanged;
  counts.updated += written - created - unchanged;
}

/** Nodes and links created or updated so far. */
const changes = (summary: LoadSummary): number =>
  Object.values(summary).reduce((sum, counts) => sum + counts.created + counts.updated, 0);

/** Thrown inside a dry run's transaction so that the driver rolls it back. */
const DRY_RUN_ROLLBACK = 'seed/load: dry run, rolled back';

export async function loadDataset(db: Database, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new LoadError(`seed/load: batchSize must be a positive integer, got ${batchSize}`);
  const mode = options.transaction ?? 'single';
  if (options.dryRun && mode !== 'single')
    throw new LoadError('seed/load: a dry run needs a single transaction (it is rolled back)');
  const plan = LOAD_STEPS.map((step) => ({ step, batches: batches(step.rows(dataset), batchSize) }));
  const total = plan.reduce(
    (sum, { batches: parts }) => sum + parts.reduce((rows, batch) => rows + batch.length, 0),
    0,
  );

  if (mode === 'batched') {
    const summary = emptySummary();
    let done = 0;
    let committed = 0;
    const totalBatches = plan.reduce((sum, { batches: parts }) => sum + parts.length, 0);
    for (const { step, batches: parts } of plan) {
      for (const batch of parts) {
        try {
          await db.writeTransaction(async (tx) => {
            const before = changes(summary);
            await runBatch(tx, step, batch, summary);
            // A batch that changed something moves the data version on: API instances drop analytics cached before it.
            if (changes(summary) > before) await tx.run('data-version-bump');
            // What the audit log records for this committed batch (core/src/audit/import-audit.ts).
            return { batch: committed + 1, of: totalBatches, type: step.type, rows: batch.length };
          }, 'seed-load-batch');
        } catch (error) {
          throw new PartialLoadError(committed, totalBatches, error);
        }
        committed += 1;
        done += batch.length;
        options.onProgress?.({ done, total, type: step.type });
      }
    }
    return summary;
  }

  let result: LoadSummary | undefined;
  try {
    return await db.writeTransaction(
      async (tx) => {
        // Built inside the work function: the driver may retry the whole transaction after a transient error.
        const summary = emptySummary();
        let done = 0;
        for (const { step, batches: parts } of plan) {
          for (const batch of parts) {
            await runBatch(tx, step, batch, summary);
            done += batch.length;
            options.onProgress?.({ done, total, type: step.type });
          }
        }
        // A load that changed something moves the data version on (cypher/queries/analytics/data-version-bump.cypher),
        // in the same transaction: cached analytics recompute. Loading the same data again changes nothing, not even
        // that.
        if (changes(summary) > 0) await tx.run('data-version-bump');
        if (!options.dryRun) return summary;
        result = summary;
        throw new Error(DRY_RUN_ROLLBACK);
      },
      options.dryRun ? 'seed-load-dry-run' : 'seed-load',
    );
  } catch (error) {
    // The db module reports our own rollback as an error; its summary is the dry run's answer.
    if (options.dryRun && result !== undefined && error instanceof Error && error.message.includes(DRY_RUN_ROLLBACK))
      return result;
    throw error;
  }
}
