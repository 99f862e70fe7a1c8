// Reading and validating a dataset: CSV files in, a typed Dataset (or every problem) out.
export { buildDataset, type BuildOptions } from './build-dataset.ts';
export type { KnownIds } from './check-references.ts';
export type * from './dataset.ts';
export { DATASET_FILES } from './file-specs.ts';
export { DatasetInvalidError, formatProblem, type Problem } from './problem.ts';
export { parseCsvText, readCsvTable } from './read-csv-table.ts';
export type { RawRecord, RawTable } from './raw-table.ts';
export { readDataset } from './read-dataset.ts';
export * from './vocabulary.ts';
