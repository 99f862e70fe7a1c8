// The failed-authentication limit per address on a fake clock: asking costs nothing, failures spend the allowance,
// past it the answer is 429 RATE_LIMITED with Retry-After, other addresses (and the loopback in test mode) go on.
// And the client's address itself (`clientAddress`): the peer's, or with TRUST_PROXY read from X-Forwarded-For.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.ts';
import { FAILED_AUTHENTICATION_RATE } from './limits-config.ts';
import { TokenBuckets } from './token-bucket.ts';
import { clientAddress, failedAuthenticationLimit } from './use-rate-limit.ts';

const PRODUCTION = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'production' });
const TEST = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'test' });
const DEVELOPMENT = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'development' });
const from = (address: string) => ({ req: { socket: { remoteAddress: address } } });
const REQUEST = new Request('http://test/graphql');
/** A request through proxies: X-Forwarded-For as they left it. */
const forwarded = (header: string) => new Request('http://test/graphql', { headers: { 'x-forwarded-for': header } });

function limited(config = PRODUCTION) {
  let now = 1_000_000;
  const check = failedAuthenticationLimit(config, new TokenBuckets(100, () => now));
  return { check, advance: (ms: number) => (now += ms) };
}

/** Asks for an address and, when allowed, reports a failure; true when it was allowed. */
function fail(check: ReturnType<typeof limited>['check'], address: string): boolean {
  const allowance = check(REQUEST, from(address));
  if (allowance.refused !== null) return false;
  allowance.failed();
  return true;
}

describe('failedAuthenticationLimit', () => {
  const { burst, perMinute } = FAILED_AUTHENTICATION_RATE;

  it('allows the burst of failures, then answers 429 RATE_LIMITED with Retry-After until one refills', async () => {
    const { check, advance } = limited();
    expect(Array.from({ length: burst }, () => fail(check, '203.0.113.7'))).toEqual(Array<boolean>(burst).fill(true));
    const refused = check(REQUEST, from('203.0.113.7')).refused;
    expect(refused?.status).toBe(429);
    const wait = Math.ceil(60 / perMinute);
    expect(refused?.headers.get('retry-after')).toBe(String(wait));
    expect(await refused?.json()).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', retryAfter: wait } }],
    });
    advance(wait * 1_000);
    expect(fail(check, '203.0.113.7')).toBe(true);
    expect(check(REQUEST, from('203.0.113.7')).refused?.status).toBe(429);
  });

  it('counts nothing for keys that turn out good, and keeps one allowance per address', () => {
    const { check } = limited();
    for (let index = 0; index < burst * 5; index += 1) expect(check(REQUEST, from('203.0.113.7')).refused).toBeNull();
    for (let index = 0; index < burst; index += 1) fail(check, '203.0.113.7');
    expect(check(REQUEST, from('203.0.113.7')).refused?.status).toBe(429);
    expect(check(REQUEST, from('198.51.100.1')).refused).toBeNull();
  });

  it('leaves the machine itself (and in-process requests) alone in test mode only', () => {
    const test = limited(TEST).check;
    for (let index = 0; index < burst * 2; index += 1) expect(fail(test, '127.0.0.1')).toBe(true);
    expect(test(REQUEST, null).refused).toBeNull();
    for (const config of [PRODUCTION, DEVELOPMENT]) {
      const check = limited(config).check;
      for (let index = 0; index < burst; index += 1) fail(check, '127.0.0.1');
      expect(check(REQUEST, from('127.0.0.1')).refused?.status).toBe(429);
      expect(check(REQUEST, from('::1')).refused).toBeNull();
    }
  });

  it('charges every address of one IPv6 /64 to one allowance, and an IPv4-mapped address to its IPv4 one', () => {
    const { check } = limited();
    for (let index = 0; index < burst; index += 1) expect(fail(check, `2001:db8:0:1::${index + 1}`)).toBe(true);
    expect(check(REQUEST, from('2001:db8:0:1:ffff::1')).refused?.status).toBe(429);
    expect(check(REQUEST, from('2001:db8:0:2::1')).refused).toBeNull();
    for (let index = 0; index < burst; index += 1) fail(check, '203.0.113.9');
    expect(check(REQUEST, from('::ffff:203.0.113.9')).refused?.status).toBe(429);
  });
});

describe('clientAddress', () => {
  const proxy = from('10.0.0.5');

  it('is the peer address without TRUST_PROXY, whatever X-Forwarded-For says, and null in process', () => {
    expect(clientAddress(REQUEST, from('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(forwarded('198.51.100.1'), proxy, 0)).toBe('10.0.0.5');
    expect(clientAddress(REQUEST, null, 0)).toBeNull();
    expect(clientAddress(forwarded('198.51.100.1'), null, 1)).toBeNull();
  });

  it('takes the N-th entry from the right with N proxies, ignoring what the client put in front of it', () => {
    expect(clientAddress(forwarded('198.51.100.1'), proxy, 1)).toBe('198.51.100.1');
    expect(clientAddress(forwarded('6.6.6.6, 127.0.0.1, 198.51.100.1'), proxy, 1)).toBe('198.51.100.1');
    expect(clientAddress(forwarded('6.6.6.6, 198.51.100.1, 10.0.0.9'), proxy, 2)).toBe('198.51.100.1');
  });

  it('falls back to the peer address when the header has fewer entries than proxies, none, or no address', () => {
    expect(clientAddress(REQUEST, proxy, 1)).toBe('10.0.0.5');
    expect(clientAddress(forwarded(''), proxy, 1)).toBe('10.0.0.5');
    expect(clientAddress(forwarded('198.51.100.1'), proxy, 2)).toBe('10.0.0.5');
    expect(clientAddress(forwarded('198.51.100.1, unknown'), proxy, 1)).toBe('10.0.0.5');
  });

  it('reads IPv6, ::ffff: IPv4, brackets, ports and stray whitespace as one address per client', () => {
    expect(clientAddress(forwarded(' 2001:DB8::1 '), proxy, 1)).toBe('2001:db8::1');
    expect(clientAddress(forwarded('[2001:db8::1]:4711'), proxy, 1)).toBe('2001:db8::1');
    expect(clientAddress(forwarded('::ffff:198.51.100.1'), proxy, 1)).toBe('198.51.100.1');
    expect(clientAddress(forwarded('198.51.100.1:4711'), proxy, 1)).toBe('198.51.100.1');
    expect(clientAddress(forwarded('6.6.6.6 ,\t198.51.100.1 ,  10.0.0.9'), proxy, 2)).toBe('198.51.100.1');
    expect(clientAddress(REQUEST, from('::ffff:203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(REQUEST, from('2001:db8::2'), 1)).toBe('2001:db8::2');
    expect(clientAddress(forwarded('198.51.100.1'), from('::ffff:10.0.0.5'), 2)).toBe('10.0.0.5');
  });

  it('gives two clients behind one proxy their own failed-authentication allowance only with TRUST_PROXY', () => {
    const { burst } = FAILED_AUTHENTICATION_RATE;
    const behind = (trustProxy: string) =>
      failedAuthenticationLimit(
        loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'production', TRUST_PROXY: trustProxy }),
        new TokenBuckets(100, () => 0),
      );
    const spend = (check: ReturnType<typeof failedAuthenticationLimit>, client: string) => {
      for (let index = 0; index < burst; index += 1) {
        const allowance = check(forwarded(client), proxy);
        expect(allowance.refused).toBeNull();
        if (allowance.refused === null) allowance.failed();
      }
    };
    const trusted = behind('1');
    spend(trusted, '198.51.100.1');
    expect(trusted(forwarded('198.51.100.1'), proxy).refused?.status).toBe(429);
    expect(trusted(forwarded('198.51.100.2, 198.51.100.1'), proxy).refused?.status).toBe(429);
    expect(trusted(forwarded('198.51.100.2'), proxy).refused).toBeNull();
    const untrusted = behind('false');
    spend(untrusted, '198.51.100.1');
    expect(untrusted(forwarded('198.51.100.2'), proxy).refused?.status).toBe(429);
  });
});
