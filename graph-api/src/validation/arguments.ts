// Validation of common arguments: each failure is BAD_USER_INPUT naming the argument.
import { badUserInput } from '../errors/app-errors.ts';

export function intInRange(
  argument: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD in 1800–2100 (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const parsed = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  return year >= 1800 && year <= 2100 && parsed.toISOString().slice(0, 10) === value;
}

export const ISO_DATE_RULE = 'must be a date written YYYY-MM-DD between 1800 and 2100';

/** A calendar date as YYYY-MM-DD, or null when absent. */
export function isoDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw badUserInput(argument, `${ISO_DATE_RULE}, got "${value.slice(0, 40)}"`);
  return value;
}

/** Two optional dates where the second may not come before the first (reported against the second). */
export function dateRange(
  fromArgument: string,
  from: string | null | undefined,
  toArgument: string,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const start = isoDate(fromArgument, from);
  const end = isoDate(toArgument, to);
  if (start !== null && end !== null && end < start)
    throw badUserInput(toArgument, `must not be before ${fromArgument} (${start})`);
  return { from: start, to: end };
}

/** An optional list of ids: at most `max`, each a bounded non-empty string; null when absent. */
export function idList(argument: string, values: readonly string[] | null | undefined, max = 100): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > max) throw badUserInput(argument, `must list at most ${max} ids`);
  for (const value of values) {
    if (value.trim() === '' || value.length > 200) throw badUserInput(argument, 'ids must be 1–200 characters');
  }
  return [...new Set(values)];
}

/** An id given in an argument, to be checked against the database (NOT_FOUND naming the argument). */
export interface IdArgument {
  argument: string;
  id: string;
}

/** One required id (bounded like every string argument). */
export function requiredId(argument: string, value: string): string {
  const id = boundedString(argument, value, 200);
  if (id === null) throw badUserInput(argument, 'must not be empty');
  return id;
}
