// Rate limits for /graphql and /export/*: a token bucket per API key (its role's values) and, for callers
// without a key, per IP address (the public values). Over the limit: HTTP 429 RATE_LIMITED with Retry-After.
// Place it after the authentication plugin: it reads the actor with requestActor.
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import type { AppConfig } from '../config/load-config.ts';
import { limitsFor, RATE_LIMIT_CLIENTS } from './limits-config.ts';
import { TokenBuckets } from './token-bucket.ts';

const LIMITED_PATHS = ['/graphql', '/export/'];
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** The TCP peer's address (node:http puts the request in the server context); null in process (yoga.fetch). */
export function clientAddress(serverContext: unknown): string | null {
  const address = (serverContext as { req?: { socket?: { remoteAddress?: unknown } } } | null)?.req?.socket?.remoteAddress;
  return typeof address === 'string' && address !== '' ? address : null;
}

function rateLimited(retryAfterSeconds: number): Response {
  const body = {
    errors: [{ message: `Too many requests; try again in ${retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds } }],
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
      // Outside production the developer's own machine (and in-process tests) is not throttled.
      if (config.mode !== 'production' && (address === null || LOOPBACK.test(address))) return;
      const client = actor.keyId !== null ? `key:${actor.keyId}` : `ip:${address ?? 'unknown'}`;
      const taken = buckets.take(client, limitsFor(actor.role).rate);
      if (!taken.allowed) endResponse(rateLimited(taken.retryAfterSeconds));
    },
  };
}
