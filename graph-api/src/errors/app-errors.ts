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

export const notFound = (what: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${what} "${id}" was not found`, { id });

export const databaseUnavailable = (): AppError =>
  new AppError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');
