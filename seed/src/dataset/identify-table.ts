// Which dataset type a table holds, and its header in English column names. The rule (docs/data.md):
// 1. the file or sheet name, e.g. organizations.csv, 기관.csv or a sheet named 기관; else
// 2. the header: the one type whose columns include every header and every required column.
// Headers may be English or Korean (korean-names.ts), in any order.
import type { FileSpec } from './column-spec.ts';
import { DATASET_FILES } from './file-specs.ts';
import { KOREAN_FILE_NAMES, koreanHeadersOf } from './korean-names.ts';
import type { Problem } from './problem.ts';
import type { RawTable } from './raw-table.ts';

/** Columns an import may leave out: the provenance defaults to the import's source (see build options). */
const IMPORT_DEFAULTED = new Set(['source', 'synthetic']);

const normalizeName = (name: string): string =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-·.]/g, '');
const normalizeHeader = (header: string): string => header.normalize('NFC').replace(/\s+/g, '');

function namesOf(spec: FileSpec): string[] {
  const koreanNames = KOREAN_FILE_NAMES[spec.type as keyof typeof KOREAN_FILE_NAMES] ?? [];
  return [spec.file.replace(/\.csv$/, ''), spec.type, ...koreanNames].map(normalizeName);
}

/** The spec named by a file or sheet name without its extension, if any. */
export function specForName(name: string): FileSpec | undefined {
  const wanted = normalizeName(name);
  return DATASET_FILES.find((spec) => namesOf(spec).includes(wanted));
}

/** A header cell as the spec's column name (English, or Korean as docs/data.md gives it); null if neither. */
export function canonicalColumn(spec: FileSpec, header: string): string | null {
  const trimmed = header.trim();
  if (Object.hasOwn(spec.columns, trimmed)) return trimmed;
  const wanted = normalizeHeader(trimmed);
  const korean = Object.entries(koreanHeadersOf(spec.type)).find(([, label]) => normalizeHeader(label) === wanted);
  return korean ? korean[0] : null;
}

function fitsHeader(spec: FileSpec, header: readonly string[]): number | null {
  const columns = header.map((cell) => canonicalColumn(spec, cell));
  if (columns.some((column) => column === null)) return null;
  const present = new Set(columns);
  const required = Object.entries(spec.columns).filter(
    ([name, column]) => column.presence === 'required' && !IMPORT_DEFAULTED.has(name),
  );
  return required.every(([name]) => present.has(name)) ? present.size : null;
}

function specForHeader(header: readonly string[]): FileSpec | undefined {
  const fits = DATASET_FILES.map((spec) => ({ spec, score: fitsHeader(spec, header) }))
    .filter((fit): fit is { spec: FileSpec; score: number } => fit.score !== null)
    .sort((a, b) => b.score - a.score);
  const [best, next] = fits;
  return best && (!next || next.score < best.score) ? best.spec : undefined;
}

/**
 * The table with its type and English header, or a problem saying the type could not be told. Names are
 * tried in order (a sheet's name, then its workbook's), before the header.
 */
export function identifyTable(table: RawTable, names: readonly string[]): { table: RawTable } | { problem: Problem } {
  const spec = names.map(specForName).find((found) => found !== undefined) ?? specForHeader(table.header);
  if (!spec) {
    const examples = DATASET_FILES.map((candidate) => candidate.file).join(', ');
    return {
      problem: {
        file: table.file,
        row: 0,
        column: '',
        value: '',
        expected:
          `a file or sheet named after a dataset type (${examples}, or the Korean names such as 기관.csv) or with ` +
          `the columns of one`,
      },
    };
  }
  const columnLabels: Record<string, string> = {};
  const header = table.header.map((cell) => {
    const column = canonicalColumn(spec, cell);
    if (column === null) return cell;
    if (column !== cell) columnLabels[column] = cell;
    return column;
  });
  return { table: { ...table, type: spec.type, header, columnLabels } };
}
