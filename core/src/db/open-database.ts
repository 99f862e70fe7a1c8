// Opens the driver for the db module.
import neo4j from 'neo4j-driver';
import { Database, type DatabaseOptions } from './database.ts';

export interface ConnectionSettings {
  uri: string;
  auth: { user: string; password: string } | null;
  database: string;
  queryTimeoutMs: number;
}

export function openDatabase(
  settings: ConnectionSettings,
  extra: Pick<DatabaseOptions, 'onQuery' | 'statements'> = {},
): Database {
  const auth = settings.auth ? neo4j.auth.basic(settings.auth.user, settings.auth.password) : undefined;
  const driver = neo4j.driver(settings.uri, auth, {
    // Short enough that a failed request is answered within 2 s instead of the driver's 30-60 s defaults (the circuit
    // breaker in database.ts answers the rest of an outage at once).
    connectionTimeout: 1_500,
    connectionAcquisitionTimeout: 1_700,
    // No driver retries: its ~1 s retry delay would hide the first connection failure from the circuit breaker
    // (database.ts) past the 2 s bound; a failed request answers 503 and the client retries.
    maxTransactionRetryTime: 0,
    // Room for 100+ concurrent requests (some use two sessions): they wait at Neo4j rather than for a pooled
    // connection, which would turn load into 503s after the 1.7 s acquisition timeout.
    maxConnectionPoolSize: 200,
    userAgent: 'siheung-graph-api/0.1',
  });
  return new Database(driver, { database: settings.database, queryTimeoutMs: settings.queryTimeoutMs, ...extra });
}
