// Opens the integration tests' Neo4j (started by global-setup.ts) through the db module, with the test statements.
import { openDatabase, type Database } from '../src/db/index.ts';
import { testNeo4jAuth, testNeo4jUri } from './test-neo4j.ts';
import { withTestStatements } from './test-statements.ts';

export function openTestDatabase(onQuery?: (name: string) => void): Database {
  return openDatabase(
    { uri: testNeo4jUri(), auth: testNeo4jAuth(), database: 'neo4j', queryTimeoutMs: 30_000 },
    { ...withTestStatements, ...(onQuery ? { onQuery } : {}) },
  );
}
export { withTestStatements, testStatements, TEST_QUERIES_DIR } from './test-statements.ts';
export { retireTestNeo4j, testNeo4jAuth, testNeo4jEnv, testNeo4jLocalEnv, testNeo4jUri } from './test-neo4j.ts';
