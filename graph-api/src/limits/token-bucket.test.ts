// Checks the token buckets at their boundary: a burst passes, the next request waits as long as Retry-After says.
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

const LIMIT = { burst: 5, perMinute: 60 };

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBuckets', () => {
  it('allows exactly the burst at once, then refuses with the seconds until the next token', () => {
    const time = clock();
    const buckets = new TokenBuckets(100, time.now);
    const taken = Array.from({ length: LIMIT.burst }, () => buckets.take('ip:a', LIMIT));
    expect(taken.every((take) => take.allowed)).toBe(true);
    expect(buckets.take('ip:a', LIMIT)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the rate per minute, and never beyond the burst', () => {
    const time = clock();
    const buckets = new TokenBuckets(100, time.now);
    for (let index = 0; index < LIMIT.burst; index += 1) buckets.take('ip:a', LIMIT);
    time.advance(999);
    expect(buckets.take('ip:a', LIMIT).allowed).toBe(false);
    time.advance(1);
    expect(buckets.take('ip:a', LIMIT).allowed).toBe(true);
    time.advance(60 * 60_000);
    const afterAnHour = Array.from({ length: LIMIT.burst + 1 }, () => buckets.take('ip:a', LIMIT).allowed);
    expect(afterAnHour).toEqual([...Array<boolean>(LIMIT.burst).fill(true), false]);
  });

  it('keeps one bucket per client', () => {
    const buckets = new TokenBuckets(100, clock().now);
    for (let index = 0; index < LIMIT.burst; index += 1) buckets.take('key:1', LIMIT);
    expect(buckets.take('key:1', LIMIT).allowed).toBe(false);
    expect(buckets.take('key:2', LIMIT).allowed).toBe(true);
  });

  it('says how long to wait at a slow rate', () => {
    const buckets = new TokenBuckets(100, clock().now);
    const slow = { burst: 1, perMinute: 2 };
    buckets.take('ip:a', slow);
    expect(buckets.take('ip:a', slow)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('peeks without taking, and without remembering a client it does not know', () => {
    const time = clock();
    const buckets = new TokenBuckets(100, time.now);
    for (let index = 0; index < 10; index += 1)
      expect(buckets.peek('ip:a', LIMIT)).toEqual({ allowed: true, remaining: LIMIT.burst });
    for (let index = 0; index < LIMIT.burst; index += 1) buckets.take('ip:a', LIMIT);
    expect(buckets.peek('ip:a', LIMIT)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time.advance(1_000);
    expect(buckets.peek('ip:a', LIMIT)).toEqual({ allowed: true, remaining: 1 });
  });

  it('charges past an empty bucket, and the debt refills before anything is allowed again', () => {
    const time = clock();
    const buckets = new TokenBuckets(100, time.now);
    // Two more charged than the burst (checked at once, all found to count): three tokens to refill before the next.
    for (let index = 0; index < LIMIT.burst + 2; index += 1) buckets.charge('ip:a', LIMIT);
    expect(buckets.peek('ip:a', LIMIT)).toEqual({ allowed: false, retryAfterSeconds: 3 });
    time.advance(2_999);
    expect(buckets.take('ip:a', LIMIT).allowed).toBe(false);
    time.advance(1);
    expect(buckets.take('ip:a', LIMIT).allowed).toBe(true);
  });
});
