// Rate limits for /graphql and /export/*: a token bucket per API key (its role's values) and, for callers
// without a key, per IP address (the public values). Over the limit: HTTP 429 RATE_LIMITED with Retry-After.
// Place it after the authentication plugin: it reads the actor with requestActor.
// Failed authentications per IP address (`failedAuthenticationLimit`) use the same buckets and answer, but are
// checked by the authentication plugin itself, before it looks a key up.
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import { FAILED_AUTHENTICATION_RATE, limitsFor, RATE_LIMIT_CLIENTS } from './limits-config.ts';
import { TokenBuckets } from './token-bucket.ts';

const LIMITED_PATHS = ['/graphql', '/export/'];
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** The TCP peer's address (node:http puts the request in the server context); null in process (yoga.fetch). */
export function clientAddress(serverContext: unknown): string | null {
  const address = (serverContext as { req?: { socket?: { remoteAddress?: unknown } } } | null)?.req?.socket?.remoteAddress;
  return typeof address === 'string' && address !== '' ? address : null;
}

/** Outside production the developer's own machine (and in-process tests) is not throttled. */
const unthrottled = (config: AppConfig, address: string | null): boolean => config.mode !== 'production' && (address === null || LOOPBACK.test(address));

function rateLimited(retryAfterSeconds: number, message = 'Too many requests'): Response {
  const body = {
    errors: [{ message: `${message}; try again in ${retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds } }],
  };
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' },
  });
}

export function useRateLimit(config: AppConfig, buckets = new TokenBuckets(RATE_LIMIT_CLIENTS)): Plugin {
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      if (!LIMITED_PATHS.some((path) => url.pathname === path || (path.endsWith('/') && url.pathname.startsWith(path)))) return;
      // CORS preflights carry no work and no credentials; counting them would halve a browser's budget.
      if (request.method === 'OPTIONS') return;
      const actor = requestActor(request);
      const address = clientAddress(serverContext);
      if (unthrottled(config, address)) return;
      const client = actor.keyId !== null ? `key:${actor.keyId}` : `ip:${address ?? 'unknown'}`;
      const taken = buckets.take(client, limitsFor(actor.role).rate);
      if (!taken.allowed) endResponse(rateLimited(taken.retryAfterSeconds));
    },
  };
}

/** Before a key is checked: a 429 answer when its address has no failed authentication left, else how to count a failure. */
export type FailedAuthenticationCheck = (serverContext: unknown) => { refused: Response } | { refused: null; failed(): void };

/**
 * Failed authentications per client IP address (FAILED_AUTHENTICATION_RATE), for the authentication plugin: it asks
 * before looking a key up, and reports a malformed, unknown or revoked key with `failed()`. Asking takes nothing, so
 * good keys are never counted; a failure is charged even past the allowance (several may be checked at once), and
 * that debt is waited off before the next look-up.
 */
export function failedAuthenticationLimit(config: AppConfig, buckets = new TokenBuckets(RATE_LIMIT_CLIENTS)): FailedAuthenticationCheck {
  const notCounted = { refused: null, failed: () => undefined };
  return (serverContext) => {
    const address = clientAddress(serverContext);
    if (unthrottled(config, address)) return notCounted;
    const client = `ip:${address ?? 'unknown'}`;
    const allowed = buckets.peek(client, FAILED_AUTHENTICATION_RATE);
    if (!allowed.allowed) return { refused: rateLimited(allowed.retryAfterSeconds, 'Too many failed authentications from this address') };
    return { refused: null, failed: () => buckets.charge(client, FAILED_AUTHENTICATION_RATE) };
  };
}
