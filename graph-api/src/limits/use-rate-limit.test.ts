// The failed-authentication limit per address on a fake clock: asking costs nothing, failures spend the allowance,
// past it the answer is 429 RATE_LIMITED with Retry-After, other addresses and the loopback outside production go on.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.ts';
import { FAILED_AUTHENTICATION_RATE } from './limits-config.ts';
import { TokenBuckets } from './token-bucket.ts';
import { failedAuthenticationLimit } from './use-rate-limit.ts';

const PRODUCTION = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'production' });
const TEST = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'test' });
const from = (address: string) => ({ req: { socket: { remoteAddress: address } } });

function limited(config = PRODUCTION) {
  let now = 1_000_000;
  const check = failedAuthenticationLimit(config, new TokenBuckets(100, () => now));
  return { check, advance: (ms: number) => (now += ms) };
}

/** Asks for an address and, when allowed, reports a failure; true when it was allowed. */
function fail(check: ReturnType<typeof limited>['check'], address: string): boolean {
  const allowance = check(from(address));
  if (allowance.refused !== null) return false;
  allowance.failed();
  return true;
}

describe('failedAuthenticationLimit', () => {
  const { burst, perMinute } = FAILED_AUTHENTICATION_RATE;

  it('allows the burst of failures, then answers 429 RATE_LIMITED with Retry-After until one has refilled', async () => {
    const { check, advance } = limited();
    expect(Array.from({ length: burst }, () => fail(check, '203.0.113.7'))).toEqual(Array<boolean>(burst).fill(true));
    const refused = check(from('203.0.113.7')).refused;
    expect(refused?.status).toBe(429);
    const wait = Math.ceil(60 / perMinute);
    expect(refused?.headers.get('retry-after')).toBe(String(wait));
    expect(await refused?.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', retryAfter: wait } }] });
    advance(wait * 1_000);
    expect(fail(check, '203.0.113.7')).toBe(true);
    expect(check(from('203.0.113.7')).refused?.status).toBe(429);
  });

  it('counts nothing for keys that turn out good, and keeps one allowance per address', () => {
    const { check } = limited();
    for (let index = 0; index < burst * 5; index += 1) expect(check(from('203.0.113.7')).refused).toBeNull();
    for (let index = 0; index < burst; index += 1) fail(check, '203.0.113.7');
    expect(check(from('203.0.113.7')).refused?.status).toBe(429);
    expect(check(from('198.51.100.1')).refused).toBeNull();
  });

  it('does not throttle the machine itself (or in-process requests) outside production, but does in production', () => {
    const test = limited(TEST).check;
    for (let index = 0; index < burst * 2; index += 1) expect(fail(test, '127.0.0.1')).toBe(true);
    expect(test(null).refused).toBeNull();
    const production = limited().check;
    for (let index = 0; index < burst; index += 1) fail(production, '127.0.0.1');
    expect(production(from('127.0.0.1')).refused?.status).toBe(429);
  });
});
