// Validation of common arguments: each failure is BAD_USER_INPUT naming the argument.
import { badUserInput } from '../errors/app-errors.ts';

export function intInRange(argument: string, value: number | null | undefined, min: number, max: number, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function boundedString(argument: string, value: string | null | undefined, maxLength: number): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > maxLength) throw badUserInput(argument, `must be at most ${maxLength} characters`);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset after the given cursor; a cursor this API did not make is BAD_USER_INPUT. */
export function offsetAfter(argument: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !/^\d+$/.test(text.slice(CURSOR_PREFIX.length)) || offset > 10_000_000) {
    throw badUserInput(argument, 'is not a cursor returned by this API');
  }
  return offset + 1;
}
