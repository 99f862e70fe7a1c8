// Maps Neo4j driver errors to the few kinds the rest of the product handles.
import { Neo4jError } from 'neo4j-driver';

export type DbErrorKind = 'UNAVAILABLE' | 'UNAUTHORIZED' | 'TIMEOUT' | 'CONSTRAINT' | 'UNSUPPORTED_VERSION' | 'OTHER';

export class DbError extends Error {
  override name = 'DbError';
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    readonly neo4jCode?: string,
    /** True when Neo4j could not be reached (a connection failure, or the circuit is open). */
    readonly connection = false,
  ) {
    super(message);
  }
}

const CONNECTION_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The database could not be reached at all (not a slow or refused query): the circuit breaker opens on these. */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof DbError) return error.connection;
  if (!(error instanceof Neo4jError)) return false;
  if (error.code.startsWith('Neo.ClientError.')) return false;
  // A pool busy with live connections is load, not an outage; one that cannot open any connection is an outage.
  if (/acquisition timed out/i.test(error.message)) return /Active conn count = 0\b/.test(error.message);
  return (
    CONNECTION_CODES.has(error.code) || /ECONNREFUSED|ECONNRESET|EPIPE|connect|Pool is closed/i.test(error.message)
  );
}

export function classifyDbError(error: unknown): DbError {
  if (error instanceof DbError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (
      UNAVAILABLE_CODES.has(code) ||
      (/ECONNREFUSED|connect|Pool is closed/i.test(error.message) && code !== 'Neo.ClientError.Statement.SyntaxError')
    ) {
      return new DbError('UNAVAILABLE', `Neo4j is unavailable (${code})`, code, isConnectionFailure(error));
    }
    if (code.startsWith('Neo.ClientError.Security.'))
      return new DbError('UNAUTHORIZED', `Neo4j refused the credentials (${code})`, code);
    if (
      code.includes('TransactionTimedOut') ||
      code.includes('Transaction.Terminated') ||
      code.includes('LockClientStopped')
    ) {
      return new DbError('TIMEOUT', `the query took too long (${code})`, code);
    }
    // Other transient errors (a deadlock, a database still starting) are worth retrying: "unavailable, try again
    // shortly".
    if (code.startsWith('Neo.TransientError.'))
      return new DbError('UNAVAILABLE', `Neo4j could not serve the request now (${code})`, code);
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return new DbError('CONSTRAINT', error.message, code);
    return new DbError('OTHER', `${code}: ${error.message}`, code);
  }
  return new DbError('OTHER', error instanceof Error ? error.message : String(error));
}
