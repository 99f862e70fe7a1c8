// The closed set of error codes that may leave the API; everything else is masked.
import { GraphQLError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'DATABASE_UNAVAILABLE',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  DATABASE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
};

/** A typed error: its message and code are safe to show to any caller. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
  }
}

export const badUserInput = (argument: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });

/** NOT_FOUND for an id; `argument` names the argument that carried it (e.g. `orgId`, `filter.hubs`). */
export const notFound = (what: string, id: string, argument?: string): AppError =>
  new AppError('NOT_FOUND', `${argument ? `${argument}: ` : ''}${what} "${id}" was not found`, { id, ...(argument ? { argument } : {}) });

/** NOT_FOUND for the ids of a list argument that name nothing. */
export const unknownIds = (argument: string, what: string, ids: readonly string[]): AppError =>
  new AppError('NOT_FOUND', `${argument}: no ${what} with id ${ids.map((id) => `"${id}"`).join(', ')}`, { argument, ids: [...ids] });

/** CONFLICT: the request contradicts data that exists (e.g. an id already used for something else). */
export const conflict = (argument: string, message: string): AppError =>
  new AppError('CONFLICT', `${argument}: ${message}`, { argument });

export const databaseUnavailable = (): AppError =>
  new AppError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');
