// In-memory token buckets keyed by client (API key or IP address); one API process holds them all.
import { LRUCache } from 'lru-cache';
import type { RateLimit } from './limits-config.ts';

interface Bucket {
  tokens: number;
  at: number;
}

export type Take = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

const perMs = (limit: RateLimit): number => limit.perMinute / 60_000;

/**
 * The answer for a bucket holding `tokens` (below one, or in debt: negative): allowed, or the seconds until a whole
 * token.
 */
function answer(tokens: number, limit: RateLimit): Take {
  if (tokens >= 1) return { allowed: true, remaining: Math.floor(tokens) };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs(limit) / 1_000)) };
}

export class TokenBuckets {
  private readonly buckets: LRUCache<string, Bucket>;

  constructor(
    maxClients: number,
    private readonly now: () => number = Date.now,
  ) {
    // A client forgotten by the LRU comes back with a full bucket: the cost of bounded memory.
    this.buckets = new LRUCache<string, Bucket>({ max: maxClients });
  }

  /** Takes one token from `client`'s bucket, refilled at `limit.perMinute` up to `limit.burst`. */
  take(client: string, limit: RateLimit): Take {
    const bucket = this.refilled(client, limit);
    if (bucket.tokens < 1) return answer(bucket.tokens, limit);
    bucket.tokens -= 1;
    return { allowed: true, remaining: Math.floor(bucket.tokens) };
  }

  /** What `take` would answer, without taking anything (and without remembering a client it does not know). */
  peek(client: string, limit: RateLimit): Take {
    return this.buckets.has(client) ? answer(this.refilled(client, limit).tokens, limit) : answer(limit.burst, limit);
  }

  /**
   * Takes one token even from an empty bucket, for a cost already paid (a request let through by `peek` that turned
   * out to count): the debt refills before `peek` or `take` allows anything again, so requests let through at once
   * are all paid for.
   */
  charge(client: string, limit: RateLimit): void {
    this.refilled(client, limit).tokens -= 1;
  }

  private refilled(client: string, limit: RateLimit): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (now - bucket.at) * perMs(limit));
    bucket.at = now;
    this.buckets.set(client, bucket);
    return bucket;
  }
}
