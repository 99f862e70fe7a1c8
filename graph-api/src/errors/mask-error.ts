// Lets typed errors through and hides everything else (no stack trace or driver text leaves the API).
import { GraphQLError, type ASTNode } from 'graphql';
import { DbError } from '../db/index.ts';
import { AppError, databaseUnavailable } from './app-errors.ts';

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

/** Re-creates a safe error at the location (path, nodes) of the error it replaces. */
function atLocationOf(source: unknown, safe: AppError): GraphQLError {
  const located = asGraphQLErrorLike(source);
  return new GraphQLError(safe.message, { path: located?.path, nodes: located?.nodes, extensions: safe.extensions });
}

/**
 * Errors graphql-js raises about the request itself (a variable of the wrong type, an unknown enum value)
 * are GraphQLErrors all the way down; errors thrown by resolvers end in something else.
 */
function requestError(error: unknown): AppError | null {
  const located = asGraphQLErrorLike(error);
  if (!located || !asGraphQLErrorLike(originalOf(error))) return null;
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(located.message)?.[1];
  return new AppError('BAD_USER_INPUT', located.message, variable ? { argument: variable } : {});
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
  return atLocationOf(error, new AppError('INTERNAL_SERVER_ERROR', 'Unexpected error'));
}
