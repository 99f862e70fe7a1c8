// Writes a validated dataset in ONE write transaction (all or nothing), in batches per type, in
// dependency order. MERGE on ids makes a repeated load change nothing.
import type { Database, Row } from '@siheung/graph-api/db';
import type { Dataset, DatasetType } from '../dataset/index.ts';
import { LOAD_STEPS } from './load-steps.ts';

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

export interface LoadOptions {
  /** Rows per UNWIND batch (default 1000). */
  batchSize?: number;
}

export class LoadError extends Error {
  override name = 'LoadError';
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

export async function loadDataset(db: Database, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new LoadError(`seed/load: batchSize must be a positive integer, got ${batchSize}`);
  const plan = LOAD_STEPS.map((step) => ({ step, rows: step.rows(dataset) }));
  return db.writeTransaction(async (tx) => {
    // Built inside the work function: the driver may retry the whole transaction after a transient error.
    const summary = emptySummary();
    for (const { step, rows } of plan) {
      for (const batch of batches(rows, batchSize)) {
        const [result] = await tx.run(step.query, { rows: batch });
        const written = count(result, 'rows');
        if (written !== batch.length) {
          // Validation resolves every reference within the dataset, so this is a bug, never bad input.
          throw new LoadError(`seed/load: ${step.query} wrote ${written} of ${batch.length} rows (a referenced node is missing)`);
        }
        if (!step.counts) continue;
        const counts = summary[step.type];
        const created = count(result, 'created');
        const unchanged = count(result, 'unchanged');
        counts.rows += written;
        counts.created += created;
        counts.unchanged += unchanged;
        counts.updated += written - created - unchanged;
      }
    }
    return summary;
  }, 'seed-load');
}
