// The one error type the explorer's API layer throws: a closed set of codes the UI can act on.
import { ErrorCode } from './generated/schema-enums';

/**
 * Codes the server sends in `errors[].extensions.code`: the API's ErrorCode enum (generated from its schema, so a
 * code added there arrives here by `codegen`), plus graphql-yoga's own for documents it cannot parse or validate.
 */
export const SERVER_ERROR_CODES = [
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
] as const;

/** Codes the client assigns when the server could not give one. */
export const CLIENT_ERROR_CODES = [
  'NETWORK_ERROR',
  'TIMEOUT',
  'ABORTED',
  'HTTP_ERROR',
  'BAD_RESPONSE',
  'UNKNOWN',
] as const;

export type ApiErrorCode =
  ErrorCode | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | (typeof CLIENT_ERROR_CODES)[number];

/** Failures that pass by themselves (database restarting, server not up yet): the UI retries them. */
const RETRYABLE: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>([
  'DATABASE_UNAVAILABLE',
  'NETWORK_ERROR',
  'TIMEOUT',
  'RATE_LIMITED',
]);

export function isRetryableCode(code: ApiErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** Unknown server codes become UNKNOWN so every switch over ApiErrorCode stays exhaustive. */
export function normalizeErrorCode(code: unknown): ApiErrorCode {
  if (typeof code === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(code)) {
    return code as ApiErrorCode;
  }
  return 'UNKNOWN';
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  /** HTTP status of the response, when there was one. */
  readonly status: number | undefined;

  constructor(code: ApiErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(`explorer/api: ${message}`, { cause: options.cause });
    this.code = code;
    this.status = options.status;
  }

  get retryable(): boolean {
    return isRetryableCode(this.code);
  }
}
