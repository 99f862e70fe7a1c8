// API key format and hashing: `shk_<id>_<secret>`, the id to find the key, the secret checked against its hash.
// The secret is 256 random bits, so one SHA-256 is enough: bcrypt/scrypt slow down guessing of low-entropy
// passwords, which cannot help against a 2^256 search and would cost every request tens of milliseconds.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_PATTERN = /^shk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ParsedKey {
  id: string;
  secret: string;
}

export interface NewKey extends ParsedKey {
  /** The whole key, shown to its owner once. */
  token: string;
  hash: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new random key: a 48-bit id and a 256-bit secret, from the operating system's CSPRNG. */
export function generateKey(): NewKey {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `shk_${id}_${secret}`, hash: hashSecret(secret) };
}

/** The id and secret of a well-formed key, or null (a malformed key is refused without asking the database). */
export function parseKey(token: string): ParsedKey | null {
  const match = KEY_PATTERN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** Compares the secret's hash with the stored one in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
