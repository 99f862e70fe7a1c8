// Per-IP limits key IPv6 callers by their /64 and IPv4-mapped IPv6 addresses as the IPv4 address they carry.
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';
import { addressBucket } from './address-bucket.ts';

describe('addressBucket', () => {
  it('puts every address of one IPv6 /64 in one bucket, whatever its form', () => {
    const bucket = addressBucket('2001:db8:0:1::1');
    expect(bucket).toBe('2001:db8:0:1::/64');
    for (const address of ['2001:db8:0:1:ffff:ffff:ffff:ffff', '2001:0db8:0000:0001:0:0:0:abcd', '2001:DB8:0:1::2'])
      expect(addressBucket(address)).toBe(bucket);
  });

  it('keeps neighbouring /64s apart', () => {
    expect(addressBucket('2001:db8:0:2::1')).not.toBe(addressBucket('2001:db8:0:1::1'));
    expect(addressBucket('2001:db8:1:1::1')).not.toBe(addressBucket('2001:db8:0:1::1'));
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address, in dotted or hex form', () => {
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:cb00:7107')).toBe('203.0.113.7');
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('203.0.113.8')).not.toBe(addressBucket('203.0.113.7'));
  });

  it('names a missing address unknown and leaves anything else as it is', () => {
    expect(addressBucket(null)).toBe('unknown');
    expect(addressBucket('not-an-address')).toBe('not-an-address');
  });

  it('makes a client who rotates addresses inside its /64 share one allowance', () => {
    const buckets = new TokenBuckets(100, () => 0);
    const limit = { burst: 3, perMinute: 1 };
    const taken = Array.from({ length: 5 }, (_, index) =>
      buckets.take(`ip:${addressBucket(`2001:db8:0:1::${index + 1}`)}`, limit),
    );
    expect(taken.map((answer) => answer.allowed)).toEqual([true, true, true, false, false]);
    expect(buckets.take(`ip:${addressBucket('2001:db8:0:2::1')}`, limit).allowed).toBe(true);
  });
});
