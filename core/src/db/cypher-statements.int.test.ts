// Every statement of every registry folder (product, test, bench) parses and plans in Neo4j: EXPLAIN compiles it
// without running it, and without its parameters. Auto-commit, so statements that open their own transactions plan too.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNeo4jAuth, testNeo4jUri } from '../../test/test-neo4j.ts';
import { STATEMENT_FOLDERS } from '../../test/statement-folders.ts';
import { createStatementRegistry } from './statement-registry.ts';

const statements = createStatementRegistry(STATEMENT_FOLDERS);
let driver: Driver;

beforeAll(() => {
  const auth = testNeo4jAuth();
  driver = neo4j.driver(testNeo4jUri(), auth ? neo4j.auth.basic(auth.user, auth.password) : undefined);
});
afterAll(() => driver.close());

describe('cypher statements', () => {
  it.each(statements.names())('%s parses', async (name) => {
    const session = driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(`EXPLAIN ${statements.text(name)}`);
      expect(result.summary.hasPlan()).toBe(true);
    } finally {
      await session.close();
    }
  });
});
