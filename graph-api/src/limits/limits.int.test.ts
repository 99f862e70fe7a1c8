// The limits through the whole app (yoga.fetch, real Neo4j): query limits at their boundary per role with real
// API keys, batching, CSRF, GET mutations, rate limits, introspection by mode, string caps. Ids T-LIM-….
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/actor.ts';
import { createApp } from '../app/create-app.ts';
import { createApiKey } from '../auth/api-key-store.ts';
import { loadConfig } from '../config/load-config.ts';
import { graphChanges, deletePrefix, dumpGraph } from '@siheung/seed/test-support';
import { LIMIT_DOCUMENTS } from '../../test/limit-documents.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app.ts';
import { openTestDatabase } from '@siheung/core/test-support';
import { CSRF_HEADER } from './limit-plugins.ts';
import { limitsFor, STRING_LIMITS, type QueryLimits } from './limits-config.ts';

const PREFIX = 'T-LIM-';
const ROLES: Role[] = ['public', 'researcher', 'staff', 'admin'];
const apps = Object.fromEntries(ROLES.map((role) => [role, createTestApp({ role })])) as Record<Role, TestApp>;
const publicApp = apps.public;
let capabilityId = '';

beforeAll(async () => {
  capabilityId = (await sampleDataset()).capabilities[0]!.id;
  await deletePrefix(publicApp.db, PREFIX);
});
afterAll(async () => {
  await deletePrefix(publicApp.db, PREFIX);
  for (const app of Object.values(apps)) await app.close();
});

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

/** Posts a document as the app's role; a document of several operations runs its first (Q0). */
async function post(app: TestApp, query: string): Promise<GraphQLResponse> {
  const operationName = query.startsWith('query Q0') ? 'Q0' : undefined;
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  return (await response.json()) as GraphQLResponse;
}

describe.each(ROLES)('query limits over HTTP as %s', (role) => {
  it.each(Object.keys(LIMIT_DOCUMENTS) as (keyof QueryLimits)[])(
    '%s: n answers, n + 1 is QUERY_TOO_COMPLEX',
    async (limit) => {
      const n = limitsFor(role).query[limit];
      const atLimit = await post(apps[role], LIMIT_DOCUMENTS[limit](n, capabilityId));
      expect(atLimit.errors ?? []).toEqual([]);
      expect(atLimit.data).toBeTruthy();
      const past = await post(apps[role], LIMIT_DOCUMENTS[limit](n + 1, capabilityId));
      expect(past.data ?? null).toBeNull();
      expect(past.errors?.map((error) => [error.extensions?.code, error.extensions?.limit])).toEqual([
        ['QUERY_TOO_COMPLEX', limit],
      ]);
    },
  );
});

describe('one operation per request', () => {
  it('refuses a batch (a JSON array of operations) without running any of it', async () => {
    const response = await publicApp.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ ok }' }, { query: '{ ok }' }]),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toContain('"ok":true');
  });

  it('runs only the named operation of a document that holds several', async () => {
    const response = await publicApp.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { ok } query B { hubs { id } }', operationName: 'A' }),
    });
    expect(await response.json()).toEqual({ data: { ok: true } });
  });
});

describe('CSRF prevention', () => {
  const get = (headers: Record<string, string> = {}) =>
    publicApp.app.fetch(`http://test/graphql?query=${encodeURIComponent('{ ok }')}`, { headers });

  it('refuses a GET query without the CSRF header (a cross-site page could send it), answers one with it', async () => {
    expect((await get()).status).toBe(403);
    const answered = await get({ [CSRF_HEADER]: '1', accept: 'application/json' });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ data: { ok: true } });
  });

  it.each([
    ['text/plain', 'text/plain', JSON.stringify({ query: '{ ok }' })],
    ['a form post', 'application/x-www-form-urlencoded', `query=${encodeURIComponent('{ ok }')}`],
  ])('refuses %s without the header', async (_name, type, body) => {
    const response = await publicApp.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).not.toContain('"ok":true');
  });

  it('answers a JSON POST (always preflighted cross-site) without it', async () => {
    expect((await publicApp.graphql('{ ok }')).data).toEqual({ ok: true });
  });

  it('never runs a mutation sent with GET, even with the header', async () => {
    const mutation = `mutation { upsertOrganization(input: { id: "${PREFIX}GET", name: "겟", nameEn: "Get", kind:
      COMPANY }) { id } }`;
    const response = await apps.staff.fetch(`/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect(response.status).toBe(405);
    expect(await dumpGraph(publicApp.db, PREFIX)).toEqual([]);
  });
});

describe('rate limits', () => {
  /** A request from a client address, as node:http hands it to yoga (in process, there is none). */
  const from = async (app: TestApp, address: string, headers: Record<string, string> = {}): Promise<Response> =>
    app.app.fetch(
      'http://test/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ ok }"}' },
      {
        req: { socket: { remoteAddress: address } },
      } as never,
    );

  /**
   * Sends the burst (all must pass), then more until one is refused: beyond the burst only what refilled while
   * sending may pass. Returns the refused response.
   */
  async function exhaust(send: () => Promise<Response>, role: Role): Promise<Response> {
    const { burst, perMinute } = limitsFor(role).rate;
    const started = Date.now();
    const statuses = [];
    for (let index = 0; index < burst; index += 1) statuses.push((await send()).status);
    expect(statuses).toEqual(Array<number>(burst).fill(200));
    for (let extra = 0; ; extra += 1) {
      const response = await send();
      if (response.status !== 200) {
        expect(extra).toBeLessThanOrEqual(Math.ceil(((Date.now() - started) * perMinute) / 60_000));
        return response;
      }
    }
  }

  it('lets an anonymous address burst, then answers 429 RATE_LIMITED with Retry-After; others go on', async () => {
    const app = createTestApp();
    try {
      const refused = await exhaust(() => from(app, '203.0.113.7'), 'public');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await refused.json()) as unknown).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
      expect((await from(app, '203.0.113.8')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('counts per key with the role’s values, wherever the key is used from', async () => {
    const app = createTestApp({ role: 'researcher' });
    try {
      const token = await app.token();
      let sent = 0;
      const refused = await exhaust(
        () => from(app, `198.51.100.${(sent += 1) % 250}`, { authorization: `Bearer ${token}` }),
        'researcher',
      );
      expect(refused.status).toBe(429);
      // The addresses it came from are not blocked for anonymous callers.
      expect((await from(app, '198.51.100.1')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('introspection', () => {
  const db = openTestDatabase();
  const production = createApp({
    db,
    config: loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'production' }),
  });
  let researcherToken = '';
  let keyId = '';
  const INTROSPECT = '{ __schema { queryType { name } } }';
  const ask = async (token?: string) =>
    Promise.resolve(
      production.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: INTROSPECT }),
      }),
    ).then((response) => response.json() as Promise<GraphQLResponse>);

  beforeAll(async () => {
    const made = await createApiKey(db, 'researcher', `${PREFIX}introspection-${Date.now()}`);
    researcherToken = made.token;
    keyId = made.key.id;
  });
  afterAll(async () => {
    await db.write('test-delete-api-key', { id: keyId });
    await db.close();
  });

  it('is FORBIDDEN to anonymous callers in production mode, without field suggestions', async () => {
    const anonymous = await ask();
    expect(anonymous.data ?? null).toBeNull();
    expect(codeOf(anonymous)).toBe('FORBIDDEN');
    const response = await production.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ organisations { totalCount } }"}',
    });
    const typo = (await response.json()) as GraphQLResponse;
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('is open to a researcher key in production mode', async () => {
    expect(await ask(researcherToken)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('is open to everyone in test and development mode', async () => {
    expect((await publicApp.graphql(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('string caps', () => {
  it('answers BAD_USER_INPUT naming an ID argument past its cap, before any resolver runs', async () => {
    publicApp.resetQueryCount();
    const result = await publicApp.graphql('query($id: ID!) { organization(id: $id) { id } }', {
      id: 'A'.repeat(STRING_LIMITS.id + 1),
    });
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([
      ['BAD_USER_INPUT', 'id'],
    ]);
    expect(publicApp.queryCount()).toBe(0);
  });

  it('names the nested input field of a mutation, and writes nothing', async () => {
    const before = await dumpGraph(publicApp.db, '');
    const result = await apps.staff.graphql(
      'mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }',
      {
        input: {
          id: `${PREFIX}LONG`,
          name: '긴설명',
          nameEn: 'Long',
          kind: 'COMPANY',
          description: '가'.repeat(STRING_LIMITS.string + 1),
        },
      },
    );
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([
      ['BAD_USER_INPUT', 'input.description'],
    ]);
    expect(graphChanges(before, await dumpGraph(publicApp.db, ''))).toEqual([]);
  });

  it('lets a string at the cap reach the argument’s own validation', async () => {
    const result = await publicApp.graphql('query($text: String!) { search(text: $text) { __typename } }', {
      text: 'a'.repeat(STRING_LIMITS.string),
    });
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([
      ['BAD_USER_INPUT', 'text'],
    ]);
    // The search's own, tighter cap answered (100 characters), not the general one.
    expect(result.errors?.[0]?.message).toContain('100');
  });
});
