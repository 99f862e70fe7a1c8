import { describe, expect, it } from 'vitest';
import { parseCsvText } from './read-csv-table.ts';

describe('parseCsvText', () => {
  it('strips a BOM and numbers records by the line they start on', () => {
    const { table, problems } = parseCsvText('\uFEFFid,description\nA,"two\nlines"\n\nB,x\n', 'x.csv');
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(['id', 'description']);
    expect(table?.records).toEqual([
      { line: 2, cells: ['A', 'two\nlines'] },
      { line: 5, cells: ['B', 'x'] },
    ]);
    expect(table?.complete).toBe(true);
  });

  it('reports every short and long row with its line and keeps the others', () => {
    const { table, problems } = parseCsvText('a,b\n1,2\n3\n4,5,6\n7,8\r\n', 'x.csv');
    expect(problems).toEqual([
      { file: 'x.csv', row: 3, column: '', value: '3', expected: '2 cells as in the header, not 1' },
      { file: 'x.csv', row: 4, column: '', value: '4,5,6', expected: '2 cells as in the header, not 3' },
    ]);
    expect(table?.records.map((record) => record.line)).toEqual([2, 5]);
    expect(table?.complete).toBe(false);
  });

  it('stops at broken quoting and says where', () => {
    const { table, problems } = parseCsvText('a,b\n1,2\n"3"x,4\n5,6\n', 'x.csv');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.csv', row: 3, column: '' });
    expect(problems[0]?.expected).toMatch(/^well-formed CSV/);
    expect(table?.records.map((record) => record.line)).toEqual([2]);
  });

  it('reports a file without a header', () => {
    expect(parseCsvText('', 'x.csv').problems).toEqual([
      { file: 'x.csv', row: 1, column: '', value: '', expected: 'a header row' },
    ]);
  });

  it('reads tab-separated text when asked', () => {
    const { table } = parseCsvText('a\tb\n1,5\t"x\ty"\n', 'x.tsv', '\t');
    expect(table?.records).toEqual([{ line: 2, cells: ['1,5', 'x\ty'] }]);
  });
});
