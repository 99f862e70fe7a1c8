// The start-up check against the real test Neo4j: it passes with the instance's own password, and Neo4j refuses a
// connection without it or with another one (the local Neo4j runs with authentication).
import { afterAll, describe, expect, it } from 'vitest';
import { testNeo4jAuth, testNeo4jUri } from '../../test/test-neo4j.ts';
import { checkNeo4jServer } from './check-neo4j-server.ts';
import { DbError } from './db-errors.ts';
import { openDatabase } from './open-database.ts';

const uri = testNeo4jUri();
const open = (auth: { user: string; password: string } | null) =>
  openDatabase({ uri, auth, database: 'neo4j', queryTimeoutMs: 10_000 });
const withPassword = open(testNeo4jAuth());
afterAll(() => withPassword.close());

async function refusal(auth: { user: string; password: string } | null): Promise<DbError> {
  const db = open(auth);
  try {
    return await checkNeo4jServer(db, uri).then(
      () => expect.fail('Neo4j accepted the connection'),
      (error: unknown) => error as DbError,
    );
  } finally {
    await db.close();
  }
}

describe('checkNeo4jServer on the test Neo4j', () => {
  it('passes and reports the server version (5.26 or later)', async () => {
    expect(await checkNeo4jServer(withPassword, uri)).toMatch(/^5\.26\.\d+$/);
  });

  it.each([
    ['no credentials', null],
    ['the wrong password', { user: 'neo4j', password: 'not-the-password' }],
  ])('is refused with %s, in one line naming the URI', async (_, auth) => {
    const error = await refusal(auth);
    expect(error).toBeInstanceOf(DbError);
    expect(error.kind).toBe('UNAUTHORIZED');
    expect(error.message).toBe(
      `Neo4j at ${uri} refused the credentials (NEO4J_USER / NEO4J_PASSWORD; for the local Neo4j, the password file ` +
        'in its data folder)',
    );
  });
});
