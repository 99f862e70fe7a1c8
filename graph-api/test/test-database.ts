// Opens the integration tests' Neo4j (started by global-setup.ts) through the db module.
import { openDatabase, type Database } from '../src/db/index.ts';
import { testNeo4jUri } from './test-neo4j.ts';

export function openTestDatabase(onQuery?: (name: string) => void): Database {
  return openDatabase({ uri: testNeo4jUri(), auth: null, database: 'neo4j', queryTimeoutMs: 30_000 }, onQuery ? { onQuery } : {});
}
