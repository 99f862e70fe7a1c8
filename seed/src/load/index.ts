// Loading a validated dataset into Neo4j.
export { isDatabaseEmpty } from './is-database-empty.ts';
export { KIND_LABELS } from './kind-labels.ts';
export { DEFAULT_BATCH_SIZE, LoadError, loadDataset, type LoadCounts, type LoadOptions, type LoadSummary } from './load-dataset.ts';
