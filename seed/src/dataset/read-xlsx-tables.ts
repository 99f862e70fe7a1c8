// Reads an .xlsx workbook (read-excel-file) into raw tables, one per non-empty sheet, with the row
// numbers Excel shows. Cells become the text a CSV would hold: numbers in their shortest form, booleans
// true/false, date cells YYYY-MM-DD.
import readXlsxFile from 'read-excel-file/node';
import type { Problem } from './problem.ts';
import type { RawRecord, RawTable } from './raw-table.ts';
import { unzipsWithin } from './unzipped-size.ts';

/**
 * The most a workbook may unpack to (its XML, all sheets): far above what 100,000 rows take, far below what a zip
 * bomb of a few hundred kilobytes unpacks to. The reader holds everything unpacked in memory, so it is checked first.
 */
export const XLSX_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

export interface XlsxSheetTable {
  /** The sheet's name, tried first when telling which type the table holds. */
  readonly sheet: string;
  readonly table: RawTable;
}

type Cell = string | number | boolean | Date | null | undefined;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

const isEmpty = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

function sheetTable(file: string, rows: readonly (readonly Cell[])[], problems: Problem[]): RawTable | null {
  const texts = rows.map((row) => row.map(cellText));
  const headerIndex = texts.findIndex((cells) => !isEmpty(cells));
  if (headerIndex === -1) return null;
  const fullHeader = texts[headerIndex] ?? [];
  // Trailing empty header cells are formatting, not columns.
  let width = fullHeader.length;
  while (width > 0 && (fullHeader[width - 1] ?? '').trim() === '') width -= 1;
  const records: RawRecord[] = [];
  let complete = true;
  texts.slice(headerIndex + 1).forEach((cells, offset) => {
    const line = headerIndex + offset + 2;
    if (isEmpty(cells)) return;
    const beyond = cells.slice(width).findIndex((cell) => cell.trim() !== '');
    if (beyond !== -1) {
      complete = false;
      const value = cells
        .slice(width)
        .filter((cell) => cell.trim() !== '')
        .join(', ');
      problems.push({
        file,
        row: line,
        column: '',
        value,
        expected: `${width} cells as in the header, not a value in column ${width + beyond + 1}`,
      });
      return;
    }
    records.push({ line, cells: cells.slice(0, width) });
  });
  return { file, header: fullHeader.slice(0, width).map((cell) => cell.trim()), records, complete };
}

/** Every non-empty sheet of the workbook; a single-sheet workbook's table is named after the file alone. */
export async function readXlsxTables(
  bytes: Uint8Array,
  file: string,
  maxUnzippedBytes = XLSX_MAX_UNZIPPED_BYTES,
): Promise<{ sheets: XlsxSheetTable[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  if (!(await unzipsWithin(bytes, maxUnzippedBytes)).within) {
    const expected = `a workbook that unpacks to at most ${maxUnzippedBytes} bytes (this one unpacks to more)`;
    return { sheets: [], problems: [{ file, row: 0, column: '', value: '', expected }] };
  }
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes), { trim: false })) as unknown as {
      sheet: string;
      data: Cell[][];
    }[];
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      sheets: [],
      problems: [{ file, row: 0, column: '', value: '', expected: `an .xlsx workbook Excel can open (${reason})` }],
    };
  }
  const nonEmpty = sheets.filter((sheet) => sheet.data.some((row) => !isEmpty(row.map(cellText))));
  const result: XlsxSheetTable[] = [];
  for (const sheet of nonEmpty) {
    const label = nonEmpty.length === 1 ? file : `${file}[${sheet.sheet}]`;
    const table = sheetTable(label, sheet.data, problems);
    if (table) result.push({ sheet: sheet.sheet, table });
  }
  return { sheets: result, problems };
}
