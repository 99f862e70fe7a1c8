// The sample dataset as the seed reader sees it: tests compute their expected answers from the CSV files
// the test Neo4j was loaded from, instead of hard-coding them.
import { readDataset, SAMPLE_DATA_DIR, type Dataset } from '@siheung/seed';

let cached: Promise<Dataset> | undefined;

export function sampleDataset(): Promise<Dataset> {
  cached ??= readDataset(SAMPLE_DATA_DIR);
  return cached;
}

/** Korean-name order as Neo4j sorts strings (by code point), for comparing ordered lists. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
