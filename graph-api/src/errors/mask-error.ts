// Lets typed errors through and hides everything else (no stack trace or driver text leaves the API).
import { GraphQLError } from 'graphql';
import { DbError } from '../db/index.ts';
import { AppError, databaseUnavailable, ERROR_CODES, type ErrorCode } from './app-errors.ts';

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) current = current.originalError;
  return current;
}

/** Re-creates a safe error at the location (path, nodes) of the error it replaces. */
function atLocationOf(source: unknown, safe: AppError): GraphQLError {
  if (!(source instanceof GraphQLError)) return safe;
  return new GraphQLError(safe.message, { path: source.path, nodes: source.nodes, extensions: safe.extensions });
}

export function maskError(error: unknown): Error {
  const original = originalOf(error);
  if (original instanceof AppError) {
    return atLocationOf(error, original);
  }
  if (original instanceof DbError && (original.kind === 'UNAVAILABLE' || original.kind === 'UNAUTHORIZED')) {
    return atLocationOf(error, databaseUnavailable());
  }
  if (original instanceof DbError && original.kind === 'TIMEOUT') {
    return atLocationOf(error, new AppError('QUERY_TOO_COMPLEX', 'The query took too long; narrow it down'));
  }
  if (error instanceof GraphQLError && !error.originalError) {
    // Parse and validation errors describe the caller's own document: safe to show, with a typed code.
    const code = String(error.extensions?.code ?? 'BAD_USER_INPUT');
    const typed: ErrorCode = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'BAD_USER_INPUT';
    return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: typed } });
  }
  return atLocationOf(error, new AppError('INTERNAL_SERVER_ERROR', 'Unexpected error'));
}
