// Maps Neo4j driver errors to the few kinds the rest of the product handles.
import { Neo4jError } from 'neo4j-driver';

export type DbErrorKind = 'UNAVAILABLE' | 'UNAUTHORIZED' | 'TIMEOUT' | 'CONSTRAINT' | 'OTHER';

export class DbError extends Error {
  override name = 'DbError';
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    readonly neo4jCode?: string,
  ) {
    super(message);
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function classifyDbError(error: unknown): DbError {
  if (error instanceof DbError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connect|Pool is closed/i.test(error.message) && code !== 'Neo.ClientError.Statement.SyntaxError') {
      return new DbError('UNAVAILABLE', `Neo4j is unavailable (${code})`, code);
    }
    if (code.startsWith('Neo.ClientError.Security.')) return new DbError('UNAUTHORIZED', `Neo4j refused the credentials (${code})`, code);
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated')) {
      return new DbError('TIMEOUT', `the query took too long (${code})`, code);
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new DbError('CONSTRAINT', error.message, code);
    return new DbError('OTHER', `${code}: ${error.message}`, code);
  }
  return new DbError('OTHER', error instanceof Error ? error.message : String(error));
}
