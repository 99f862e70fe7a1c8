// A logger whose lines a test reads back: each line as written (to check it is one JSON object with no stack) and
// parsed.
import { createLogger, type Logger } from '../src/app/create-logger.ts';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface CapturedLog {
  logger: Logger;
  /** Every line written, as written. */
  readonly raw: string[];
  lines(): LogLine[];
  clear(): void;
}

export function captureLog(): CapturedLog {
  const raw: string[] = [];
  const logger = createLogger({ write: (chunk: string) => void raw.push(...chunk.split('\n').filter(Boolean)) });
  return {
    logger,
    raw,
    lines: () => raw.map((line) => JSON.parse(line) as LogLine),
    clear: () => void raw.splice(0),
  };
}

/** A stack frame ("    at fn (file.ts:1:2)") anywhere in a line or its fields. */
export const STACK_FRAME = /(^|\\n|\n)\s*at \S.*:\d+/;
