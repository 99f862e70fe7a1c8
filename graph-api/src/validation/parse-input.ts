// Validates mutation input with a zod schema; the first problem becomes BAD_USER_INPUT naming the
// argument path (e.g. `input.since`, `needs.2.priority`).
import { z } from 'zod';
import { badUserInput } from '../errors/app-errors.ts';
import { ISO_DATE_RULE, isIsoDate } from './arguments.ts';

export function parseInput<S extends z.ZodType>(argument: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [argument, ...(issue?.path ?? []).map(String)].join('.');
  throw badUserInput(path, issue?.message ?? 'is invalid');
}

/** A trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** An id the API accepts for new things: letters, digits, '-' and '_'. */
export const newId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
    "must be 1–100 letters, digits, '-' or '_', starting with a letter or digit",
  );

/** A reference to an existing thing (looked up afterwards). */
export const refId = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const isoDateSchema = z.string().refine(isIsoDate, ISO_DATE_RULE);
