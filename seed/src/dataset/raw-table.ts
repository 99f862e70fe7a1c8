// A file's cells before typing: the seam between sources (CSV now; XLSX with Korean headers later)
// and validation, which only ever sees raw tables.
import type { Problem } from './problem.ts';

export interface RawRecord {
  /** Line number of the record's first line in its file (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  /** Where the table came from, as problems name it: a file name, or `book.xlsx[sheet]`. */
  readonly file: string;
  /** The dataset type (e.g. "organizations"), once known; otherwise the file name says it. */
  readonly type?: string;
  /** Column names (English, as in the spec once identified). */
  readonly header: readonly string[];
  /** The header as written in the file, by English column name, where it differs (Korean headers). */
  readonly columnLabels?: Readonly<Record<string, string>>;
  readonly records: readonly RawRecord[];
  /** False when some records could not be read (broken quoting, wrong cell count). */
  readonly complete: boolean;
}

export interface ReadResult {
  readonly table: RawTable | null;
  readonly problems: readonly Problem[];
}
