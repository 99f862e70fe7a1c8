// The closed set of error codes that may leave the API; everything else is masked. The codes are the schema's
// ErrorCode enum (src/schema/errors.graphql), read from there so that adding one is one edit in one place.
import { readFileSync } from 'node:fs';
import { GraphQLError, Kind, parse } from 'graphql';
import type { ErrorCode } from '../generated/resolvers-types.ts';

export type { ErrorCode };

function enumValues(sdl: string, name: string): string[] {
  const definition = parse(sdl).definitions.find(
    (node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === name,
  );
  if (definition?.kind !== Kind.ENUM_TYPE_DEFINITION)
    throw new Error(`errors/app-errors: no enum ${name} in schema/errors.graphql`);
  return (definition.values ?? []).map((value) => value.name.value);
}

export const ERROR_CODES: readonly ErrorCode[] = Object.freeze(
  enumValues(readFileSync(new URL('../schema/errors.graphql', import.meta.url), 'utf8'), 'ErrorCode') as ErrorCode[],
);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  DATABASE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  SERVICE_BUSY: 503,
  PAYLOAD_TOO_LARGE: 413,
};

/** A typed error: its message and code are safe to show to any caller. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, {
      extensions: { code, ...extra, ...(status && extra.http === undefined ? { http: { status } } : {}) },
    });
  }
}

export const badUserInput = (argument: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });

/** NOT_FOUND for an id; `argument` names the argument that carried it (e.g. `orgId`, `filter.hubs`). */
export const notFound = (what: string, id: string, argument?: string): AppError =>
  new AppError('NOT_FOUND', `${argument ? `${argument}: ` : ''}${what} "${id}" was not found`, {
    id,
    ...(argument ? { argument } : {}),
  });

/** NOT_FOUND for the ids of a list argument that name nothing. */
export const unknownIds = (argument: string, what: string, ids: readonly string[]): AppError =>
  new AppError('NOT_FOUND', `${argument}: no ${what} with id ${ids.map((id) => `"${id}"`).join(', ')}`, {
    argument,
    ids: [...ids],
  });

/** CONFLICT: the request contradicts data that exists (e.g. an id already used for something else). */
export const conflict = (argument: string, message: string): AppError =>
  new AppError('CONFLICT', `${argument}: ${message}`, { argument });

/** FORBIDDEN: the caller's role is below what `coordinate` (e.g. `Mutation.setNeeds`) needs (auth/policy.ts). */
export const forbidden = (coordinate: string, required: string): AppError =>
  new AppError('FORBIDDEN', `${coordinate} needs the ${required} role or higher`, {
    field: coordinate,
    requiredRole: required,
  });

/** UNAUTHENTICATED (401): the request's API key is malformed, unknown or revoked. */
export const unauthenticated = (message: string): AppError => new AppError('UNAUTHENTICATED', message);

/** SERVICE_BUSY (503): `what` is full or too slow; try again in `retryAfterSeconds` (also the Retry-After header). */
export const serviceBusy = (what: string, retryAfterSeconds: number): AppError =>
  new AppError('SERVICE_BUSY', `${what}; try again in ${retryAfterSeconds} s`, {
    retryAfter: retryAfterSeconds,
    http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
  });

/** RATE_LIMITED (429) raised during execution, with the Retry-After header. */
export const rateLimited = (what: string, retryAfterSeconds: number): AppError =>
  new AppError('RATE_LIMITED', `${what}; try again in ${retryAfterSeconds} s`, {
    retryAfter: retryAfterSeconds,
    http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  });

export const databaseUnavailable = (): AppError =>
  new AppError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');
