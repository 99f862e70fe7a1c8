// Opens the driver with timeouts short enough that an outage is reported quickly instead of hanging.
import neo4j from 'neo4j-driver';
import { Database, type DatabaseOptions } from './database.ts';

export interface ConnectionSettings {
  uri: string;
  auth: { user: string; password: string } | null;
  database: string;
  queryTimeoutMs: number;
}

export function openDatabase(settings: ConnectionSettings, extra: Pick<DatabaseOptions, 'onQuery'> = {}): Database {
  const auth = settings.auth ? neo4j.auth.basic(settings.auth.user, settings.auth.password) : undefined;
  const driver = neo4j.driver(settings.uri, auth, {
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'siheung-graph-api/0.1',
  });
  return new Database(driver, { database: settings.database, queryTimeoutMs: settings.queryTimeoutMs, ...extra });
}
