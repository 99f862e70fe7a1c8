// Loading a validated dataset into Neo4j.
export { isDatabaseEmpty } from './is-database-empty.ts';
export {
  DEFAULT_BATCH_SIZE,
  LoadError,
  loadDataset,
  PartialLoadError,
  TRANSACTION_MODES,
  type LoadCounts,
  type LoadOptions,
  type LoadProgress,
  type LoadSummary,
  type TransactionMode,
} from './load-dataset.ts';
