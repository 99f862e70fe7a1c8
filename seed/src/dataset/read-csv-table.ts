// Reads one CSV file (UTF-8 with or without BOM, or CP949; RFC 4180 quoting) into a raw table, reporting every row
// with the wrong number of cells; broken quoting stops the file there (what follows cannot be trusted).
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse, type CsvError } from 'csv-parse/sync';
import { decodeText, type TextEncodingChoice } from './decode-text.ts';
import type { Problem } from './problem.ts';
import type { RawRecord, ReadResult } from './raw-table.ts';

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * The line a record starts on: csv-parse reports the line it ends on, and its raw text begins with any
 * empty lines skipped before it.
 */
function startLine(endLine: number, raw: string): number {
  const record = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (record.match(/\n/g) ?? []).length;
}

/** Parses CSV text (comma-separated, or tab-separated for .tsv) into a raw table. */
export function parseCsvText(text: string, file: string, delimiter = ','): ReadResult {
  const problems: Problem[] = [];
  let stopped = false;
  const onSkip = (error: CsvError | undefined, raw: string | undefined): undefined => {
    if (!error) return undefined;
    const line = Number((error as { lines?: number }).lines ?? 0);
    if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      const row = startLine(line, raw ?? '');
      const got = /got (\d+)/.exec(error.message)?.[1] ?? '?';
      const expected = /expect (\d+)/.exec(error.message)?.[1] ?? '?';
      const value = (raw ?? '').trim();
      problems.push({
        file,
        row,
        column: '',
        value: value.length > 80 ? `${value.slice(0, 79)}…` : value,
        expected: `${expected} cells as in the header, not ${got}`,
      });
    } else if (!stopped) {
      stopped = true;
      problems.push({
        file,
        row: line,
        column: '',
        value: '',
        expected: `well-formed CSV (${error.message.replace(/ at line \d+.*$/, '')}); rows after it were not read`,
      });
    }
    return undefined;
  };
  let entries: ParsedRecord[];
  try {
    // One record delimiter for the whole file, whatever mix of CRLF and LF an editor left.
    entries = parse(text.replace(/\r\n/g, '\n'), {
      bom: true,
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: false,
      skip_records_with_error: true,
      on_skip: onSkip,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 0);
    problems.push({
      file,
      row: line,
      column: '',
      value: '',
      expected: `well-formed CSV (${(error as Error).message})`,
    });
    return { table: null, problems };
  }
  if (stopped)
    entries = entries.filter((entry) => startLine(entry.info.lines, entry.raw) < (problems.at(-1)?.row ?? Infinity));
  const [headerEntry, ...rest] = entries;
  if (!headerEntry) {
    return { table: null, problems: [...problems, { file, row: 1, column: '', value: '', expected: 'a header row' }] };
  }
  const records: RawRecord[] = rest.map((entry) => ({
    line: startLine(entry.info.lines, entry.raw),
    cells: entry.record,
  }));
  return {
    table: { file, header: headerEntry.record.map((cell) => cell.trim()), records, complete: problems.length === 0 },
    problems,
  };
}

export interface CsvReadOptions {
  encoding?: TextEncodingChoice;
  /** The name problems use for the file (default: its base name). */
  file?: string;
}

/** Reads a CSV (or .tsv) file in any supported encoding; the result says which encoding it had. */
export async function readCsvTable(
  path: string,
  options: CsvReadOptions = {},
): Promise<ReadResult & { encoding?: string }> {
  const file = options.file ?? basename(path);
  const result = decodeText(await readFile(path), file, options.encoding);
  if ('problem' in result) return { table: null, problems: [result.problem] };
  return {
    ...parseCsvText(result.decoded.text, file, extname(path).toLowerCase() === '.tsv' ? '\t' : ','),
    encoding: result.decoded.encoding,
  };
}
