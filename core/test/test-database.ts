// Opens the integration tests' Neo4j (started by global-setup.ts) through the db module.
import { inject } from 'vitest';
import './provided-context.ts';
import { openDatabase, type Database } from '@siheung/core/db';

export function openTestDatabase(onQuery?: (name: string) => void): Database {
  return openDatabase({ uri: inject('neo4jUri'), auth: null, database: 'neo4j', queryTimeoutMs: 30_000 }, onQuery ? { onQuery } : {});
}
