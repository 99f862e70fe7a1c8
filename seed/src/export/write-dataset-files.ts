// Writes a Dataset as the dataset's CSV files (one per type, header in spec order, rows in key order, CRLF), safe
// to open in Excel (formula-escape.ts), in English or Korean names, as UTF-8, UTF-8 with a BOM, or CP949.
// Export and the generator both write through here; the import reads the files back to the same rows.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import {
  DATASET_FILES,
  escapeFormula,
  KOREAN_FILE_NAMES,
  koreanHeadersOf,
  type Dataset,
  type DatasetType,
  type FileSpec,
  type Problem,
} from '../dataset/index.ts';

export const EXPORT_ENCODINGS = ['utf8', 'utf8-bom', 'cp949'] as const;
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number];
export const EXPORT_LANGUAGES = ['en', 'ko'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export interface WriteOptions {
  encoding?: ExportEncoding;
  /** en: organizations.csv with English headers; ko: 기관.csv with Korean headers. */
  language?: ExportLanguage;
}

export interface WrittenFile {
  file: string;
  type: DatasetType;
  rows: number;
}

export class ExportEncodingError extends Error {
  override name = 'ExportEncodingError';
  constructor(readonly problems: readonly Problem[]) {
    super(`seed/export: ${problems.length} values cannot be written in CP949 (export as UTF-8 instead)`);
  }
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escapeFormula(value.join(';'));
  if (typeof value === 'string') return escapeFormula(value);
  return String(value);
}

/** Rows in the order of their key, compared by code unit (fast, and the same on every machine). */
const compareKeys =
  (spec: FileSpec) =>
  (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    for (const column of spec.key) {
      const [x, y] = [String(a[column]), String(b[column])];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/**
 * RFC 4180 quoting of one field. Written here rather than with csv-stringify: this is all of the rule, and
 * it writes the generator's big files much faster (docs/data.md).
 */
const quote = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** One type's rows as CSV text: header, then the rows sorted by the file's key. */
export function datasetCsv(spec: FileSpec, rows: readonly object[], language: ExportLanguage = 'en'): string {
  const columns = Object.keys(spec.columns);
  const labels = koreanHeadersOf(spec.type);
  const header = language === 'ko' ? columns.map((column) => labels[column] ?? column) : columns;
  const sorted = [...(rows as Record<string, unknown>[])].sort(compareKeys(spec));
  const lines = [header.map(quote).join(',')];
  for (const row of sorted) lines.push(columns.map((column) => quote(cell(row[column]))).join(','));
  // CRLF between records, as RFC 4180 and Excel write them (a line break inside a cell stays LF, as in Excel).
  return `${lines.join('\r\n')}\r\n`;
}

export function fileNameOf(spec: FileSpec, language: ExportLanguage): string {
  return language === 'ko' ? `${KOREAN_FILE_NAMES[spec.type as DatasetType]?.[0] ?? spec.type}.csv` : spec.file;
}

/** Lines and columns of the values CP949 cannot hold (it lacks many symbols, emoji and rare Hanja). */
function cp949Problems(file: string, text: string): Problem[] {
  if (iconv.decode(iconv.encode(text, 'cp949'), 'cp949') === text) return [];
  const records = text.split('\n');
  const problems: Problem[] = [];
  records.forEach((line, index) => {
    for (const character of line) {
      if (iconv.decode(iconv.encode(character, 'cp949'), 'cp949') !== character) {
        problems.push({ file, row: index + 1, column: '', value: character, expected: 'a character CP949 can hold' });
        return;
      }
    }
  });
  return problems;
}

function encode(file: string, text: string, encoding: ExportEncoding): Buffer {
  if (encoding === 'cp949') {
    const problems = cp949Problems(file, text);
    if (problems.length > 0) throw new ExportEncodingError(problems);
    return iconv.encode(text, 'cp949');
  }
  return Buffer.from(encoding === 'utf8-bom' ? `\uFEFF${text}` : text, 'utf8');
}

/**
 * Writes every type's file (a type without rows gets its header alone, so the folder is a whole dataset).
 * The digest is over the canonical form (English names, UTF-8), whatever the options: two exports of the
 * same graph have the same digest.
 */
export function writeDatasetFiles(
  dataset: Dataset,
  dir: string,
  options: WriteOptions = {},
): { files: WrittenFile[]; digest: string } {
  const language = options.language ?? 'en';
  const encoding = options.encoding ?? 'utf8';
  const digest = createHash('sha256');
  const outputs = DATASET_FILES.map((spec) => {
    const rows = dataset[spec.type as DatasetType] as readonly object[];
    const canonical = datasetCsv(spec, rows, 'en');
    digest.update(`${spec.file}\n${canonical}`);
    const file = fileNameOf(spec, language);
    const text = language === 'en' ? canonical : datasetCsv(spec, rows, language);
    return { file, type: spec.type as DatasetType, rows: rows.length, bytes: encode(file, text, encoding) };
  });
  mkdirSync(dir, { recursive: true });
  for (const output of outputs) writeFileSync(join(dir, output.file), output.bytes);
  return { files: outputs.map(({ file, type, rows }) => ({ file, type, rows })), digest: digest.digest('hex') };
}
