// A captioned table of records, one row each: the first column heads its row (so a screen reader names the row
// by it), the others are plain cells. The import report's tables (problems, counts, files) are all this shape.
import type { ReactNode } from 'react';

export interface DataColumn<Row> {
  heading: string;
  cell: (row: Row) => ReactNode;
  className?: string;
  /** Marks the cell for the tests (e.g. "created" in the counts), where they read one figure. */
  field?: string;
}

/** Attributes of a row's <tr>: a class, and data-* the tests select rows by. */
export type DataRowAttributes = { className?: string } & { [data: `data-${string}`]: string | number | boolean };

interface DataTableProps<Row> {
  caption: string;
  /** The first column is the row's header. */
  columns: readonly [DataColumn<Row>, ...DataColumn<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => DataRowAttributes;
  className: string;
  testId?: string;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowAttributes,
  className,
  testId,
}: DataTableProps<Row>) {
  const [header, ...cells] = columns;
  return (
    <table className={className} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.heading} scope="col">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            <th scope="row" className={header.className} data-field={header.field}>
              {header.cell(row)}
            </th>
            {cells.map((column) => (
              <td key={column.heading} className={column.className} data-field={column.field}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
