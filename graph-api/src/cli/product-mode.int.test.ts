// `pnpm start` limits callers on this very machine: the API started as the product starts it (the environment
// `productEnvironment` makes, through main.ts's startServer, over real HTTP on 127.0.0.1) refuses a loopback caller
// past the failed-authentication allowance and past the public request burst, whatever X-Forwarded-For it forges,
// and behind a same-host reverse proxy (TRUST_PROXY=1) per client the proxy names. Only the local Neo4j is left out
// (the integration tests' Neo4j stands in for it; start-product.int.test.ts starts the whole product). No data is
// written: unknown keys are looked up and not found.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testNeo4jEnv } from '@siheung/core/test-support';
import { generateKey } from '../auth/api-key.ts';
import { loadConfig } from '../config/load-config.ts';
import { FAILED_AUTHENTICATION_RATE, LIMITS } from '../limits/limits-config.ts';
import { startServer, type RunningServer } from '../main.ts';
import { productEnvironment } from './product-environment.ts';

let running: RunningServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The API as `pnpm start` runs it against your own Neo4j, on a free loopback port; the shell's NODE_ENV left out. */
async function startAsProduct(extra: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const env = productEnvironment({ ...testNeo4jEnv(), HOST: '127.0.0.1', PORT: String(port), ...extra });
  expect(loadConfig(env).mode).toBe('production');
  running = await startServer(env, () => undefined);
  return `http://127.0.0.1:${port}/graphql`;
}

const ask = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{"query":"{ ok }"}',
  });

/** Statuses of `count` requests with unknown keys, each with X-Forwarded-For from `forwardedFor(index)`. */
async function badKeys(url: string, count: number, forwardedFor: (index: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const headers = { authorization: `Bearer ${generateKey().token}`, 'x-forwarded-for': forwardedFor(index) };
    statuses.push((await ask(url, headers)).status);
  }
  return statuses;
}

describe('pnpm start on this machine', () => {
  const { burst } = FAILED_AUTHENTICATION_RATE;

  it('answers bad keys from the loopback 401 for the allowance, then 429, whatever X-Forwarded-For says', async () => {
    const url = await startAsProduct();
    const statuses = await badKeys(url, burst + 4, (index) => `198.51.100.${index + 1}`);
    expect(statuses.slice(0, burst)).toEqual(Array<number>(burst).fill(401));
    expect(statuses.slice(burst)).toEqual([429, 429, 429, 429]);
    const refused = await ask(url, { authorization: `Bearer ${generateKey().token}` });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('behind a same-host reverse proxy, limits each client the proxy names, not what the client forged', async () => {
    const url = await startAsProduct({ TRUST_PROXY: '1' });
    // The proxy appends the address it was reached from; whatever the client sent stays to the left of it.
    const statuses = await badKeys(url, burst + 2, (index) => `10.9.9.${index + 1}, 203.0.113.50`);
    expect(statuses.slice(burst)).toEqual([429, 429]);
    const [other] = await badKeys(url, 1, () => '203.0.113.51');
    expect(other).toBe(401);
  });

  it('limits anonymous requests from the loopback past the public burst', async () => {
    const url = await startAsProduct();
    const { burst: publicBurst } = LIMITS.public.rate;
    const statuses: number[] = [];
    for (let index = 0; index <= publicBurst + 1; index += 1) statuses.push((await ask(url)).status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(publicBurst);
    expect(statuses.at(-1)).toBe(429);
  });
});
