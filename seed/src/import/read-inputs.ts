// Turns import inputs into identified raw tables: decodes text files (UTF-8, UTF-16, CP949), reads
// workbooks sheet by sheet, and tells each table's dataset type (from its name, else its header).
import { basename, extname } from 'node:path';
import {
  append,
  decodeText,
  identifyTable,
  parseCsvText,
  readXlsxTables,
  type Problem,
  type RawTable,
  type TextEncodingChoice,
} from '../dataset/index.ts';
import type { ImportInput } from './import-input.ts';

export interface FileReport {
  /** The table's name in problems: file, or `book.xlsx[sheet]`. */
  readonly file: string;
  readonly type: string;
  readonly rows: number;
  /** The text encoding found, or "xlsx". */
  readonly encoding: string;
  /** Whether the header was written in English, Korean or both. */
  readonly headers: 'en' | 'ko' | 'mixed';
}

export interface ReadInputsResult {
  tables: RawTable[];
  problems: Problem[];
  files: FileReport[];
}

function headerLanguage(table: RawTable): FileReport['headers'] {
  const korean = Object.keys(table.columnLabels ?? {}).length;
  return korean === 0 ? 'en' : korean === table.header.length ? 'ko' : 'mixed';
}

const stem = (name: string): string => basename(name, extname(name));

export async function readInputs(
  inputs: readonly ImportInput[],
  encoding: TextEncodingChoice = 'auto',
): Promise<ReadInputsResult> {
  const result: ReadInputsResult = { tables: [], problems: [], files: [] };
  const accept = (table: RawTable, names: string[], found: string): void => {
    const identified = identifyTable(table, names);
    if ('problem' in identified) {
      result.problems.push(identified.problem);
      return;
    }
    result.tables.push(identified.table);
    const type = identified.table.type ?? '';
    result.files.push({
      file: table.file,
      type,
      rows: table.records.length,
      encoding: found,
      headers: headerLanguage(identified.table),
    });
  };
  for (const input of inputs) {
    const extension = extname(input.name).toLowerCase();
    if (extension === '.xlsx') {
      const workbook = await readXlsxTables(input.bytes, input.name);
      append(result.problems, workbook.problems);
      const single = workbook.sheets.length === 1;
      for (const sheet of workbook.sheets)
        accept(sheet.table, single ? [sheet.sheet, stem(input.name)] : [sheet.sheet], 'xlsx');
      continue;
    }
    const decoded = decodeText(input.bytes, input.name, encoding);
    if ('problem' in decoded) {
      result.problems.push(decoded.problem);
      continue;
    }
    const parsed = parseCsvText(decoded.decoded.text, input.name, extension === '.csv' ? ',' : '\t');
    append(result.problems, parsed.problems);
    if (parsed.table) accept(parsed.table, [stem(input.name)], decoded.decoded.encoding);
  }
  return result;
}
