// Spreadsheet formula injection: a CSV cell beginning with = + - @, a tab or a carriage return may run as a
// formula when the file is opened in Excel. Export prefixes such a cell with one apostrophe (which Excel
// shows as text); import removes it again, so every value round-trips exactly. A cell that is a plain
// number ("-5", "+3.2e1") is never a formula and is left alone. A value that itself begins with
// apostrophes followed by a trigger gets one more, so the rule is reversible for every string.

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as export writes it. */
export function escapeFormula(cell: string): string {
  return NEEDS_QUOTE.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The value an exported (or hand-protected) cell stands for. */
export function unescapeFormula(cell: string): string {
  return QUOTED.test(cell) ? cell.slice(1) : cell;
}
