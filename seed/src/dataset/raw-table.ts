// A file's cells before typing: the seam between sources (CSV now; XLSX with Korean headers later)
// and validation, which only ever sees raw tables.
import type { Problem } from './problem.ts';

export interface RawRecord {
  /** Line number of the record's first line in its file (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly records: readonly RawRecord[];
  /** False when some records could not be read (broken quoting, wrong cell count). */
  readonly complete: boolean;
}

export interface ReadResult {
  readonly table: RawTable | null;
  readonly problems: readonly Problem[];
}
