// Lets typed errors through and hides everything else (no stack trace or driver text leaves the API).
import { GraphQLError, type ASTNode } from 'graphql';
import { DbError } from '@siheung/core/db';
import { AppError, databaseUnavailable, ERROR_CODES, type ErrorCode } from './app-errors.ts';

/** What graphql-js errors look like; checked by shape because graphql may be loaded twice (ESM and CJS). */
interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  nodes?: ReadonlyArray<ASTNode>;
  originalError?: unknown;
}

function asGraphQLErrorLike(error: unknown): GraphQLErrorLike | null {
  return error instanceof Error && error.name === 'GraphQLError' ? (error as unknown as GraphQLErrorLike) : null;
}

function originalOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (current as { originalError?: unknown } | null)?.originalError;
    if (inner === undefined || inner === null || inner === current) break;
    current = inner;
  }
  return current;
}

/**
 * Re-creates a safe error at the location (path, nodes) of the error it replaces. An unexpected error keeps what it
 * masks as its `originalError`, which the request log reports and the response never shows (GraphQLError's JSON has
 * only message, locations, path and extensions).
 */
function atLocationOf(source: unknown, safe: AppError, cause?: unknown): GraphQLError {
  const located = asGraphQLErrorLike(source);
  return new GraphQLError(safe.message, {
    path: located?.path,
    nodes: located?.nodes,
    extensions: safe.extensions,
    ...(cause instanceof Error ? { originalError: cause } : {}),
  });
}

/** The error an unexpected (INTERNAL_SERVER_ERROR) answer masked, for the log; null for every other answer. */
export function maskedCause(error: unknown): Error | null {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  const cause = (error as { originalError?: unknown } | null)?.originalError;
  return code === 'INTERNAL_SERVER_ERROR' && cause instanceof Error ? cause : null;
}

/**
 * Errors graphql-js raises about the request itself (a variable of the wrong type, an unknown enum value)
 * are GraphQLErrors all the way down; errors thrown by resolvers end in something else.
 */
function requestError(error: unknown): AppError | null {
  const located = asGraphQLErrorLike(error);
  if (!located || !asGraphQLErrorLike(originalOf(error))) return null;
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(located.message)?.[1];
  // yoga's own request checks (batching, CSRF, a mutation over GET) say which 4xx they are: keep it, or the
  // answer would become a 500.
  const http = (error as { extensions?: { http?: { status?: number; headers?: Record<string, string> } } }).extensions
    ?.http;
  const clientStatus = http?.status !== undefined && http.status >= 400 && http.status < 500 ? { http } : {};
  // A typed code given by one of our own document checks (the query limits' QUERY_TOO_COMPLEX) stands.
  const extensions = (error as { extensions?: { code?: unknown; limit?: unknown } }).extensions;
  const given = extensions?.code;
  const typed =
    typeof given === 'string' && given !== 'INTERNAL_SERVER_ERROR' && (ERROR_CODES as readonly string[]).includes(given)
      ? (given as ErrorCode)
      : null;
  const code = typed ?? (http?.status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT');
  const limit = typeof extensions?.limit === 'string' ? { limit: extensions.limit } : {};
  return new AppError(code, located.message, {
    ...(variable ? { argument: variable } : {}),
    ...limit,
    ...clientStatus,
  });
}

export function maskError(error: unknown): Error {
  const original = originalOf(error);
  if (original instanceof AppError) return atLocationOf(error, original);
  const request = requestError(error);
  if (request) return atLocationOf(error, request);
  if (original instanceof DbError && (original.kind === 'UNAVAILABLE' || original.kind === 'UNAUTHORIZED')) {
    return atLocationOf(error, databaseUnavailable());
  }
  if (original instanceof DbError && original.kind === 'TIMEOUT') {
    return atLocationOf(error, new AppError('QUERY_TOO_COMPLEX', 'The query took too long; narrow it down'));
  }
  if (original instanceof DbError && original.kind === 'CONSTRAINT') {
    // A uniqueness constraint refused a write that checked first: another write got there in between.
    return atLocationOf(
      error,
      new AppError('CONFLICT', 'Another write changed the same data at the same time; try again'),
    );
  }
  return atLocationOf(error, new AppError('INTERNAL_SERVER_ERROR', 'Unexpected error'), original);
}
