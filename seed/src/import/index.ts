// Importing spreadsheets (CSV, TSV, XLSX; English or Korean headers; UTF-8 or CP949) into the graph.
export { collectInputs, IMPORT_EXTENSIONS, type ImportInput } from './import-input.ts';
export { importFiles, SINGLE_TRANSACTION_MAX_ROWS, type ImportOptions, type ImportReport } from './import-files.ts';
export { readInputs, type FileReport, type ReadInputsResult } from './read-inputs.ts';
export { unzipsWithin, XLSX_MAX_UNZIPPED_BYTES } from '../dataset/index.ts';
export { formatProblem, type Problem } from '../dataset/index.ts';
