// @siheung/seed: the sample dataset of the Siheung bio cluster, its reader and its loader.
// loadSampleData is what the integration tests' global setup and `pnpm start` (via the CLI) call.
import type { Database } from '@siheung/core/db';
import { readDataset } from './dataset/index.ts';
import { loadDataset, type LoadSummary } from './load/index.ts';
import { SAMPLE_DATA_DIR } from './sample-data-dir.ts';

/** Reads and validates seed/data/sample, then loads it in one transaction. */
export async function loadSampleData(db: Database): Promise<LoadSummary> {
  return loadDataset(db, await readDataset(SAMPLE_DATA_DIR));
}

export { SAMPLE_DATA_DIR };
export {
  readDataset,
  DatasetInvalidError,
  formatProblem,
  type Dataset,
  type DatasetType,
  type Problem,
} from './dataset/index.ts';
export {
  isDatabaseEmpty,
  loadDataset,
  LoadError,
  type LoadCounts,
  type LoadOptions,
  type LoadSummary,
} from './load/index.ts';
