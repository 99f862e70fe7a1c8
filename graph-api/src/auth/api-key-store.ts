// API keys in Neo4j: create (only the secret's hash is stored), list, revoke, and find the key a request presents.
// Key management is a write like any other: callers pass a database wrapped by withAudit (audit/audited-database.ts).
import type { Database } from '@siheung/core/db';
import { badUserInput, notFound } from '../errors/app-errors.ts';
import type { Actor, Role } from './actor.ts';
import { generateKey, parseKey, secretMatches } from './api-key.ts';
import { isRole, ROLES } from './roles.ts';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

const NAME = /^[^\p{Cc}]{1,100}$/u;

export async function createApiKey(
  db: Database,
  role: string,
  name: string,
): Promise<{ key: ApiKeyRecord; token: string }> {
  if (!isRole(role)) throw badUserInput('role', `must be one of ${ROLES.join(', ')}`);
  const trimmed = name.trim();
  if (!NAME.test(trimmed)) throw badUserInput('name', 'must be 1–100 characters without control characters');
  const generated = generateKey();
  const key = await db.writeTransaction(async (tx) => {
    const [row] = await tx.run('api-key-create', {
      key: { id: generated.id, name: trimmed, role, hash: generated.hash },
    });
    return row!.key as ApiKeyRecord;
  }, 'createApiKey');
  return { key, token: generated.token };
}

/** The newest `first` keys (every key when omitted). */
export async function listApiKeys(db: Database, first = Number.MAX_SAFE_INTEGER): Promise<ApiKeyRecord[]> {
  return (await db.read('api-key-list', { first })).map((row) => row.key as ApiKeyRecord);
}

export async function revokeApiKey(db: Database, id: string): Promise<ApiKeyRecord> {
  return db.writeTransaction(async (tx) => {
    const [row] = await tx.run('api-key-revoke', { id });
    if (!row) throw notFound('API key', id, 'id');
    return row.key as ApiKeyRecord;
  }, 'revokeApiKey');
}

export type KeyCheck = { ok: true; actor: Actor } | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

/** Checks a presented key: the format first (no database call for a malformed one), then one indexed look-up by id. */
export async function verifyApiKey(db: Database, token: string): Promise<KeyCheck> {
  const parsed = parseKey(token);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const [row] = await db.read('api-key-by-id', { id: parsed.id });
  const key = row?.key as { id: string; name: string; role: string; hash: string; revoked: boolean } | undefined;
  // The hash is compared even when revoked, so an unknown secret and a revoked key cannot be told apart by timing.
  if (!key || !secretMatches(parsed.secret, key.hash) || !isRole(key.role)) return { ok: false, reason: 'unknown' };
  if (key.revoked) return { ok: false, reason: 'revoked' };
  return { ok: true, actor: { name: key.name, role: key.role, keyId: key.id } };
}
