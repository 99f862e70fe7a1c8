// The key format: recognisable, random, hashed; a malformed or altered key does not verify.
import { describe, expect, it } from 'vitest';
import { generateKey, hashSecret, parseKey, secretMatches } from './api-key.ts';

describe('api keys', () => {
  it('makes keys with the shk_ prefix that parse back to their id and secret', () => {
    const key = generateKey();
    expect(key.token).toMatch(/^shk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(parseKey(key.token)).toEqual({ id: key.id, secret: key.secret });
  });

  it('never makes the same key twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => generateKey().token));
    expect(tokens.size).toBe(1000);
  });

  it('stores only the SHA-256 of the secret', () => {
    const key = generateKey();
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.hash).not.toContain(key.secret);
    expect(key.hash).toBe(hashSecret(key.secret));
  });

  it('verifies the right secret and refuses an altered one', () => {
    const key = generateKey();
    expect(secretMatches(key.secret, key.hash)).toBe(true);
    const altered = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(altered, key.hash)).toBe(false);
    expect(secretMatches(key.secret, 'abc')).toBe(false);
  });

  it.each([
    '',
    'shk_',
    'Bearer x',
    'shk_0123456789ab',
    'shk_0123456789AB_' + 'a'.repeat(43),
    'shk_0123456789ab_' + 'a'.repeat(42),
    'shk_0123456789ab_' + 'a'.repeat(44),
    'xyz_0123456789ab_' + 'a'.repeat(43),
    'shk_0123456789ab_' + 'a'.repeat(42) + '!',
  ])('refuses the malformed key %j without a look-up', (token) => {
    expect(parseKey(token)).toBeNull();
  });
});
