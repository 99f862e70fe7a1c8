// Rate limits for /graphql and /export/*: a token bucket per API key (its role's values) and, for callers
// without a key, per client IP address (the public values; an IPv6 address counts as its /64, `addressBucket`).
// Over the limit: HTTP 429 RATE_LIMITED with Retry-After.
// The client's address is the TCP peer's, or behind TRUST_PROXY proxies read from X-Forwarded-For (`clientAddress`).
// Place it after the authentication plugin: it reads the actor with requestActor.
// Failed authentications per IP address (`failedAuthenticationLimit`) use the same buckets and answer, but are
// checked by the authentication plugin itself, before it looks a key up.
import { isIP } from 'node:net';
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import { addressBucket } from './address-bucket.ts';
import { FAILED_AUTHENTICATION_RATE, limitsFor, RATE_LIMIT_CLIENTS } from './limits-config.ts';
import { TokenBuckets } from './token-bucket.ts';

const LIMITED_PATHS = ['/graphql', '/export/'];
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * One form per client of an address as a proxy or node:http writes it (no `::ffff:`, brackets or port); null if not an
 * IP.
 */
function normaliseAddress(text: string): string | null {
  let address = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] ?? '';
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
  return isIP(address) !== 0 ? address : null;
}

/**
 * The client's address, for every per-IP limit: the TCP peer's (node:http puts the request in the server context;
 * null in process, yoga.fetch). With `trustedHops` proxies in front (TRUST_PROXY), each appends the address it was
 * reached from to X-Forwarded-For, so the client is the `trustedHops`-th entry from the right; entries left of it are
 * the client's own say and never read. A header with fewer entries (or a non-address there): the peer's address.
 */
export function clientAddress(request: Request, serverContext: unknown, trustedHops: number): string | null {
  const peer = (serverContext as { req?: { socket?: { remoteAddress?: unknown } } } | null)?.req?.socket?.remoteAddress;
  if (typeof peer !== 'string' || peer === '') return null;
  const peerAddress = normaliseAddress(peer) ?? peer;
  if (trustedHops < 1) return peerAddress;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = forwarded[forwarded.length - trustedHops];
  return (entry !== undefined && normaliseAddress(entry)) || peerAddress;
}

/**
 * Only the test harness (mode `test`) leaves this machine (and in-process requests) unthrottled: in production and
 * development a reverse proxy on the same host makes every caller a loopback one.
 */
const unthrottled = (config: AppConfig, address: string | null): boolean =>
  config.mode === 'test' && (address === null || LOOPBACK.test(address));

/**
 * Who a per-caller limit counts: the API key, or the client's address for callers without one; null for a caller
 * that is not throttled (see `unthrottled`).
 */
export function limitedClient(request: Request, serverContext: unknown, config: AppConfig): string | null {
  const address = clientAddress(request, serverContext, config.http.trustProxyHops);
  if (unthrottled(config, address)) return null;
  const actor = requestActor(request);
  return actor.keyId !== null ? `key:${actor.keyId}` : `ip:${addressBucket(address)}`;
}

function rateLimited(retryAfterSeconds: number, message = 'Too many requests'): Response {
  const body = {
    errors: [
      {
        message: `${message}; try again in ${retryAfterSeconds} s`,
        extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds },
      },
    ],
  };
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(retryAfterSeconds),
      'cache-control': 'no-store',
    },
  });
}

export function useRateLimit(config: AppConfig, buckets = new TokenBuckets(RATE_LIMIT_CLIENTS)): Plugin {
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      if (!LIMITED_PATHS.some((path) => url.pathname === path || (path.endsWith('/') && url.pathname.startsWith(path))))
        return;
      // CORS preflights carry no work and no credentials; counting them would halve a browser's budget.
      if (request.method === 'OPTIONS') return;
      const client = limitedClient(request, serverContext, config);
      if (client === null) return;
      const taken = buckets.take(client, limitsFor(requestActor(request).role).rate);
      if (!taken.allowed) endResponse(rateLimited(taken.retryAfterSeconds));
    },
  };
}

/**
 * Before a key is checked: a 429 answer when its address has no failed authentication left, else how to count a
 * failure.
 */
export type FailedAuthenticationCheck = (
  request: Request,
  serverContext: unknown,
) => { refused: Response } | { refused: null; failed(): void };

/**
 * Failed authentications per client IP address (FAILED_AUTHENTICATION_RATE), for the authentication plugin: it asks
 * before looking a key up, and reports a malformed, unknown or revoked key with `failed()`. Asking takes nothing, so
 * good keys are never counted; a failure is charged even past the allowance (several may be checked at once), and
 * that debt is waited off before the next look-up.
 */
export function failedAuthenticationLimit(
  config: AppConfig,
  buckets = new TokenBuckets(RATE_LIMIT_CLIENTS),
): FailedAuthenticationCheck {
  const notCounted = { refused: null, failed: () => undefined };
  return (request, serverContext) => {
    const address = clientAddress(request, serverContext, config.http.trustProxyHops);
    if (unthrottled(config, address)) return notCounted;
    const client = `ip:${addressBucket(address)}`;
    const allowed = buckets.peek(client, FAILED_AUTHENTICATION_RATE);
    if (!allowed.allowed)
      return { refused: rateLimited(allowed.retryAfterSeconds, 'Too many failed authentications from this address') };
    return { refused: null, failed: () => buckets.charge(client, FAILED_AUTHENTICATION_RATE) };
  };
}
