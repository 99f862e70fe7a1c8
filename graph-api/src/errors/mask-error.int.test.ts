// A driver error provoked for real (a database that does not exist) leaves the API typed, without stack trace or driver
// text (the down-database case is in app/create-app.int.test.ts, the whole fault in test/neo4j-fault.int.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@siheung/core/db';
import { createTestApp } from '../../test/test-app.ts';
import { testNeo4jAuth, testNeo4jUri } from '@siheung/core/test-support';

const LEAK =
  /Neo4jError|Neo\.\w+Error|neo4j-driver|DatabaseNotFound|TransactionTimedOut|\bat .+\.[jt]s:\d+|\n\s+at |stack/;
const noSuchDatabase = openDatabase({
  uri: testNeo4jUri(),
  auth: testNeo4jAuth(),
  database: 'no-such-database',
  queryTimeoutMs: 10_000,
});
const missingApp = createTestApp({ db: noSuchDatabase });

afterAll(async () => {
  await missingApp.close();
});

describe('masked driver errors', () => {
  it('answers a missing database as 503 DATABASE_UNAVAILABLE without the driver’s words', async () => {
    const result = await missingApp.graphql('{ organizations(first: 3) { totalCount } }');
    expect([result.status, result.errors?.map((error) => error.extensions?.code)]).toEqual([
      503,
      ['DATABASE_UNAVAILABLE'],
    ]);
    expect(JSON.stringify(result)).not.toMatch(LEAK);
  });
});
