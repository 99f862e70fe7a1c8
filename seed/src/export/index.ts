// Exporting the graph (or a scope of it) as the dataset's CSV files.
export { readGraphDataset, type ExportScope } from './read-graph-dataset.ts';
export {
  datasetCsv,
  EXPORT_ENCODINGS,
  EXPORT_LANGUAGES,
  ExportEncodingError,
  fileNameOf,
  writeDatasetFiles,
  type ExportEncoding,
  type ExportLanguage,
  type WriteOptions,
  type WrittenFile,
} from './write-dataset-files.ts';
