// Types a raw table by its file spec: header checks, then every cell of every row.
import type { FileSpec } from './column-spec.ts';
import { unescapeFormula } from '@siheung/core/formula-escape';
import type { Problem } from './problem.ts';
import type { RawTable } from './raw-table.ts';

/** A typed row with its line; a cell that failed to parse is undefined (and has a problem). */
export interface ParsedRow {
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface ParsedTable {
  readonly spec: FileSpec;
  readonly file: string;
  readonly rows: readonly ParsedRow[];
  /** False when rows or columns are missing, so references into this table are not checked. */
  readonly complete: boolean;
}

function checkHeader(table: RawTable, spec: FileSpec): { problems: Problem[]; missingRequired: boolean } {
  const problems: Problem[] = [];
  let missingRequired = false;
  const seen = new Set<string>();
  const known = Object.keys(spec.columns);
  for (const header of table.header) {
    if (seen.has(header))
      problems.push({ file: table.file, row: 1, column: header, value: header, expected: 'each column once' });
    else if (!known.includes(header)) {
      problems.push({
        file: table.file,
        row: 1,
        column: header,
        value: header,
        expected: `a column of ${spec.file}: ${known.join(', ')}`,
      });
    }
    seen.add(header);
  }
  for (const [header, column] of Object.entries(spec.columns)) {
    if (column.presence === 'required' && !seen.has(header)) {
      missingRequired = true;
      problems.push({
        file: table.file,
        row: 1,
        column: header,
        value: '',
        expected: `a column "${header}" (required)`,
      });
    }
  }
  return { problems, missingRequired };
}

const LOST_CHARACTER = 'text without U+FFFD "�" (a character lost when the file was converted; fix it in the original)';

export function parseTable(table: RawTable, spec: FileSpec): { parsed: ParsedTable; problems: Problem[] } {
  const { problems, missingRequired } = checkHeader(table, spec);
  const index = new Map(table.header.map((header, position) => [header, position] as const));
  const rows: ParsedRow[] = table.records.map((record) => {
    const values: Record<string, unknown> = {};
    for (const [header, column] of Object.entries(spec.columns)) {
      const position = index.get(header);
      const raw = position === undefined ? '' : (record.cells[position] ?? '');
      // A U+FFFD in a cell is a character an earlier conversion lost: never stored.
      if (raw.includes('\uFFFD')) {
        problems.push({ file: table.file, row: record.line, column: header, value: raw, expected: LOST_CHARACTER });
        values[header] = undefined;
        continue;
      }
      const text = unescapeFormula(raw.trim());
      if (text === '') {
        if (column.presence === 'required') {
          if (position !== undefined)
            problems.push({
              file: table.file,
              row: record.line,
              column: header,
              value: raw,
              expected: `a value (${header} is required)`,
            });
          values[header] = undefined;
        } else {
          values[header] = column.presence === 'defaulted' ? column.fallback : null;
        }
        continue;
      }
      const result = column.type.parse(text);
      if (result.ok) values[header] = result.value;
      else {
        values[header] = undefined;
        problems.push({
          file: table.file,
          row: record.line,
          column: header,
          value: raw,
          expected: column.type.expected,
        });
      }
    }
    return { line: record.line, values };
  });
  return { parsed: { spec, file: table.file, rows, complete: table.complete && !missingRequired }, problems };
}
