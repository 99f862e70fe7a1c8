// Analytics admission through the whole app in production mode (the real test Neo4j, the real worker): one caller's
// cold questions run one after the other and all answer; while maxQueued callers compute, another caller's cold
// question is refused with 503 SERVICE_BUSY and Retry-After, and a cached one is not. Reads the sample data only;
// its API key is named T-ADM-….
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@siheung/core/test-support';
import { createApp } from '../app/create-app.ts';
import { createApiKey } from '../auth/api-key-store.ts';
import { loadConfig } from '../config/load-config.ts';

const db = openTestDatabase();
const app = createApp({
  db,
  config: loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'production' }),
  guards: { analytics: { maxQueued: 1, retryAfterSeconds: 4 } },
});
let researcher = { id: '', token: '' };

beforeAll(async () => {
  const made = await createApiKey(db, 'researcher', 'T-ADM-researcher');
  researcher = { id: made.key.id, token: made.token };
});
afterAll(async () => {
  await db.write('test-delete-api-key', { id: researcher.id });
  await db.close();
});

async function post(query: string, token?: string) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, { organizations: number } | null> | null;
    errors?: { extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
}

/** One cold question per date: each alias asks networkStats as of another day. */
const statsOn = (days: string[]) =>
  `{ ${days.map((day, index) => `d${index}: networkStats(asOf: "${day}") { organizations }`).join(' ')} }`;

describe('analytics admission', () => {
  it("runs one caller's cold questions in turn; another caller meanwhile gets SERVICE_BUSY, then gets in", async () => {
    const days = ['2019-01-01', '2019-06-01', '2020-01-01', '2020-06-01', '2021-01-01', '2021-06-01'];
    // Three requests of two dates each (two computations: the most one request may start).
    const pairs = [days.slice(0, 2), days.slice(2, 4), days.slice(4, 6)];
    const first = Promise.all(pairs.map((pair) => post(statsOn(pair))));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await post('{ networkStats(asOf: "2022-03-03") { organizations } }', researcher.token);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('4');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_BUSY', retryAfter: 4 });

    for (const answered of await first) {
      expect(answered.errors).toBeUndefined();
      expect(Object.values(answered.data ?? {}).every((stats) => (stats?.organizations ?? 0) > 0)).toBe(true);
    }

    // Its turn has come, and what the first caller computed is cached for everyone.
    const later = await post('{ networkStats(asOf: "2022-03-03") { organizations } }', researcher.token);
    expect(later.errors).toBeUndefined();
    const cached = await post(statsOn(days.slice(0, 1)), researcher.token);
    expect(cached.errors).toBeUndefined();
  });
});
