// Opens the integration tests' Neo4j (started by global-setup.ts) through the db module, with the test statements.
import { inject } from 'vitest';
import './provided-context.ts';
import { openDatabase, type Database } from '../src/db/index.ts';
import { withTestStatements } from './test-statements.ts';

export function openTestDatabase(onQuery?: (name: string) => void): Database {
  return openDatabase(
    { uri: inject('neo4jUri'), auth: null, database: 'neo4j', queryTimeoutMs: 30_000 },
    { ...withTestStatements, ...(onQuery ? { onQuery } : {}) },
  );
}
export { withTestStatements, testStatements, TEST_QUERIES_DIR } from './test-statements.ts';
