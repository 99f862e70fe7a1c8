// Opens the driver for the db module.
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
    // Short enough that an outage is answered within ~2 s instead of the driver's 30-60 s defaults.
    connectionTimeout: 1_500,
    connectionAcquisitionTimeout: 2_000,
    maxTransactionRetryTime: 500,
    maxConnectionPoolSize: 50,
    userAgent: 'siheung-graph-api/0.1',
  });
  return new Database(driver, { database: settings.database, queryTimeoutMs: settings.queryTimeoutMs, ...extra });
}
