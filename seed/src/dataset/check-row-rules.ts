// Rules that relate cells of one row: no self-links, periods that end after they begin, sectors at the top.
import type { ParsedRow, ParsedTable } from './parse-table.ts';
import type { Problem } from './problem.ts';

type RowRule = (row: ParsedRow['values']) => { column: string; value: string; expected: string } | null;

const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

const RULES: Readonly<Record<string, readonly RowRule[]>> = {
  collaborations: [
    (row) =>
      row.from !== undefined && row.from === row.to
        ? { column: 'to', value: str(row.to), expected: 'an organisation other than from (no self-links)' }
        : null,
    (row) =>
      typeof row.until === 'string' && typeof row.since === 'string' && row.until < row.since
        ? { column: 'until', value: row.until, expected: `a date on or after since (${row.since})` }
        : null,
  ],
  projects: [
    (row) =>
      typeof row.endYear === 'number' && typeof row.startYear === 'number' && row.endYear < row.startYear
        ? { column: 'endYear', value: str(row.endYear), expected: `a year on or after startYear (${row.startYear})` }
        : null,
  ],
  capabilities: [
    (row) =>
      row.level === 'SECTOR' && typeof row.broader === 'string'
        ? { column: 'broader', value: row.broader, expected: 'no broader capability for a SECTOR' }
        : null,
    (row) =>
      row.broader !== undefined && row.broader === row.id
        ? { column: 'broader', value: str(row.broader), expected: 'a capability other than itself' }
        : null,
  ],
  programs: [
    (row) =>
      row.parent !== undefined && row.parent === row.id
        ? { column: 'parent', value: str(row.parent), expected: 'a program other than itself' }
        : null,
  ],
};

export function checkRowRules(tables: readonly ParsedTable[]): Problem[] {
  const problems: Problem[] = [];
  for (const table of tables) {
    for (const rule of RULES[table.spec.type] ?? []) {
      for (const row of table.rows) {
        const found = rule(row.values);
        if (found) problems.push({ file: table.file, row: row.line, ...found });
      }
    }
  }
  return problems;
}
