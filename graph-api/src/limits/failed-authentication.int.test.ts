// Failed authentications are limited per client address before the key look-up (FAILED_AUTHENTICATION_RATE), through
// the whole app against the real Neo4j: the look-ups are counted where they happen (the database's onQuery). A flood
// of unknown, revoked or malformed keys gets 429 RATE_LIMITED with Retry-After once the allowance is spent, and the
// look-ups stop; malformed keys never reach the database; good keys, other addresses and requests without a key go
// on. Behind a proxy, X-Forwarded-For tells its clients apart only with TRUST_PROXY. This file owns its keys (named
// T-FAILAUTH-…, deleted after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey } from '../auth/api-key.ts';
import { createApiKey, revokeApiKey } from '../auth/api-key-store.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app.ts';
import { openTestDatabase } from '@siheung/core/test-support';
import { FAILED_AUTHENTICATION_RATE } from './limits-config.ts';

let lookups = 0;
const app = createTestApp({ db: openTestDatabase((name) => (name === 'api-key-by-id' ? (lookups += 1) : undefined)) });
const keys = { good: { id: '', token: '' }, revoked: { id: '', token: '' } };

beforeAll(async () => {
  const good = await createApiKey(app.db, 'researcher', 'T-FAILAUTH-good');
  const revoked = await createApiKey(app.db, 'researcher', 'T-FAILAUTH-revoked');
  await revokeApiKey(app.db, revoked.key.id);
  keys.good = { id: good.key.id, token: good.token };
  keys.revoked = { id: revoked.key.id, token: revoked.token };
});
afterAll(async () => {
  for (const { id } of Object.values(keys)) if (id !== '') await app.db.write('test-delete-api-key', { id });
  await app.close();
});

/**
 * `{ viewer { role } }` from a client address (as node:http hands it to yoga), with an Authorization header or none;
 * `forwardedFor`: the X-Forwarded-For header a proxy at that address sends.
 */
const from = (
  address: string,
  authorization?: string,
  { to = app, forwardedFor }: { to?: TestApp; forwardedFor?: string } = {},
): Promise<Response> =>
  Promise.resolve(
    to.app.fetch(
      'http://test/graphql',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
        body: '{"query":"{ viewer { role } }"}',
      },
      { req: { socket: { remoteAddress: address } } } as never,
    ),
  );

const unknownKey = () => `Bearer ${generateKey().token}`;

/**
 * Sends bad keys until one is refused with 429: each before it must be a 401 (what is left of the burst after `spent`
 * failures since `started`, plus what refilled meanwhile). Returns the 401s sent and the refusal.
 */
async function floodUntilRefused(
  send: () => Promise<Response>,
  spent = 0,
  started = Date.now(),
): Promise<{ refusedAfter: number; refused: Response }> {
  const { burst, perMinute } = FAILED_AUTHENTICATION_RATE;
  for (let index = 0; ; index += 1) {
    const response = await send();
    if (response.status === 401) continue;
    expect(response.status).toBe(429);
    expect(index).toBeGreaterThanOrEqual(burst - spent);
    expect(index).toBeLessThanOrEqual(burst - spent + Math.ceil(((Date.now() - started) * perMinute) / 60_000));
    return { refusedAfter: index, refused: response };
  }
}

async function expectRateLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(
    Math.ceil(60 / FAILED_AUTHENTICATION_RATE.perMinute),
  );
  expect((await response.json()) as unknown).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
}

describe('failed authentications per address', () => {
  it('answers unknown keys 401, one look-up each for the allowance, then 429 + Retry-After, no look-up', async () => {
    lookups = 0;
    const { refusedAfter, refused } = await floodUntilRefused(() => from('203.0.113.21', unknownKey()));
    expect(lookups).toBe(refusedAfter);
    await expectRateLimited(refused);
    for (let index = 0; index < 30; index += 1) await expectRateLimited(await from('203.0.113.21', unknownKey()));
    expect(lookups).toBe(refusedAfter);

    // A good key from another address is looked up and works.
    const good = await from('198.51.100.21', `Bearer ${keys.good.token}`);
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ data: { viewer: { role: 'RESEARCHER' } } });
    expect(lookups).toBe(refusedAfter + 1);
    // Requests without a key from the limited address are not affected (the public request limit applies to them).
    const anonymous = await from('203.0.113.21');
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ data: { viewer: { role: 'PUBLIC' } } });
    // Any key from the limited address waits: a good one cannot be told from a bad one without the look-up.
    await expectRateLimited(await from('203.0.113.21', `Bearer ${keys.good.token}`));
    expect(lookups).toBe(refusedAfter + 1);
  });

  it('counts revoked and malformed keys too, and never asks the database about a malformed one', async () => {
    const malformed = [
      'Bearer shk_123',
      'Basic abc',
      'Bearer',
      `Bearer ${keys.good.token}x`,
      `Bearer ${keys.good.token} extra`,
    ];
    lookups = 0;
    const started = Date.now();
    for (const header of malformed) expect((await from('203.0.113.22', header)).status).toBe(401);
    expect(lookups).toBe(0);
    const { refusedAfter, refused } = await floodUntilRefused(
      () => from('203.0.113.22', `Bearer ${keys.revoked.token}`),
      malformed.length,
      started,
    );
    expect(lookups).toBe(refusedAfter);
    await expectRateLimited(refused);
    for (const header of malformed) await expectRateLimited(await from('203.0.113.22', header));
    await expectRateLimited(await from('203.0.113.22', `Bearer ${keys.revoked.token}`));
    expect(lookups).toBe(refusedAfter);
  });

  it('never counts a good key: an address may send it past the allowance and still fail a key after', async () => {
    const { burst } = FAILED_AUTHENTICATION_RATE;
    const statuses = [];
    for (let index = 0; index < burst * 3; index += 1)
      statuses.push((await from('203.0.113.23', `Bearer ${keys.good.token}`)).status);
    expect(statuses).toEqual(Array<number>(burst * 3).fill(200));
    const body = (await (await from('203.0.113.23', unknownKey())).json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('behind a proxy: an allowance per X-Forwarded-For client with TRUST_PROXY=1, one shared without', async () => {
    const proxied = createTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const viaProxy = (client: string) => from('192.0.2.80', unknownKey(), { to: proxied, forwardedFor: client });
      await expectRateLimited((await floodUntilRefused(() => viaProxy('203.0.113.24'))).refused);
      expect((await viaProxy('203.0.113.25')).status).toBe(401);
      // What the client itself wrote left of the proxy's entry is not believed.
      await expectRateLimited(await viaProxy('203.0.113.25, 203.0.113.24'));
    } finally {
      await proxied.close();
    }
    const direct = (client: string) => from('192.0.2.81', unknownKey(), { forwardedFor: client });
    await expectRateLimited((await floodUntilRefused(() => direct('203.0.113.26'))).refused);
    await expectRateLimited(await direct('203.0.113.27'));
  });
});
