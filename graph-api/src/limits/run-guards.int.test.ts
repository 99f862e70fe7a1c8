// Guards while running, through the whole app on the real test Neo4j: an operation past its wall-clock budget is
// answered with a typed error at the budget, its Neo4j work no longer runs, and the next request answers normally;
// an answer past the response cap is replaced by RESPONSE_TOO_LARGE. A test registry turns `hubs` into a read that
// would spin for minutes. Reads the sample data only.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@siheung/core/db';
import { openTestDatabase, testNeo4jAuth, testNeo4jUri, testStatements } from '@siheung/core/test-support';
import { createApp } from '../app/create-app.ts';
import { loadConfig } from '../config/load-config.ts';

const BUDGET_MS = 1_500;
const RESPONSE_BYTES = 4_000;

const slowDb = openDatabase(
  { uri: testNeo4jUri(), auth: testNeo4jAuth(), database: 'neo4j', queryTimeoutMs: 30_000 },
  { statements: (name) => testStatements.text(name === 'hubs-list' ? 'test-slow-read' : name) },
);
const observer = openTestDatabase();
const app = createApp({
  db: slowDb,
  config: loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'test' }),
  guards: { run: { wallClockMs: BUDGET_MS, responseBytes: RESPONSE_BYTES } },
});

afterAll(async () => {
  await slowDb.close();
  await observer.close();
});

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(query: string): Promise<Answer> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { ...((await response.json()) as Omit<Answer, 'status'>), status: response.status };
}

describe('wall-clock budget', () => {
  it('answers a typed error at the budget, stops the Neo4j work, and answers the next request normally', async () => {
    const started = Date.now();
    const slow = await post('{ hubs { id } }');
    const took = Date.now() - started;
    expect(slow.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(slow.errors?.[0]?.extensions).toMatchObject({ limit: 'wallClock', budgetMs: BUDGET_MS });
    expect(slow.errors?.[0]?.message).not.toMatch(/\bat\b.*\.ts:\d+/);
    expect(took).toBeGreaterThanOrEqual(BUDGET_MS - 50);
    expect(took).toBeLessThan(BUDGET_MS + 2_000);
    // Nothing of it still runs in Neo4j once the answer is out.
    expect(await observer.read('test-running-slow-reads')).toEqual([]);

    const normal = await post('{ organizations(first: 2) { totalCount edges { node { id } } } }');
    expect(normal.errors).toBeUndefined();
    expect((normal.data?.organizations as { edges: unknown[] }).edges).toHaveLength(2);
  });
});

describe('response-size cap', () => {
  it('replaces an answer larger than the cap by RESPONSE_TOO_LARGE; a smaller one is sent whole', async () => {
    const large = await post('{ organizations(first: 100) { edges { node { id name nameEn kind } } } }');
    expect(large.data ?? null).toBeNull();
    expect(large.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'RESPONSE_TOO_LARGE', maxBytes: RESPONSE_BYTES }),
    ]);
    const small = await post('{ organizations(first: 3) { edges { node { id } } } }');
    expect(small.errors).toBeUndefined();
    expect((small.data?.organizations as { edges: unknown[] }).edges).toHaveLength(3);
  });
});
