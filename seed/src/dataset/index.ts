// Reading and validating a dataset: CSV or XLSX files in, a typed Dataset (or every problem) out.
export { buildDataset, type BuildOptions } from './build-dataset.ts';
export type { KnownIds } from './check-references.ts';
export type { FileSpec, NodeType } from './column-spec.ts';
export type * from './dataset.ts';
export { decodeText, TEXT_ENCODINGS, type DecodedText, type TextEncodingChoice } from './decode-text.ts';
export { DATASET_FILES, specForFile, specForType } from './file-specs.ts';
export { escapeFormula, unescapeFormula } from '@siheung/core/formula-escape';
export { canonicalColumn, identifyTable, specForName } from './identify-table.ts';
export { KOREAN_FILE_NAMES, KOREAN_HEADERS, koreanHeadersOf } from './korean-names.ts';
export { append, DatasetInvalidError, formatProblem, sortProblems, type Problem } from './problem.ts';
export { parseCsvText, readCsvTable } from './read-csv-table.ts';
export { readXlsxTables, XLSX_MAX_UNZIPPED_BYTES, type XlsxSheetTable } from './read-xlsx-tables.ts';
export { unzipsWithin } from './unzipped-size.ts';
export type { RawRecord, RawTable } from './raw-table.ts';
export { readDataset } from './read-dataset.ts';
export * from './vocabulary.ts';
