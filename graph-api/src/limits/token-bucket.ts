// In-memory token buckets keyed by client (API key or IP address); one API process holds them all.
import { LRUCache } from 'lru-cache';
import type { RateLimit } from './limits-config.ts';

interface Bucket {
  tokens: number;
  at: number;
}

export type Take = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

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
    const now = this.now();
    const perMs = limit.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1_000)) };
  }
}
