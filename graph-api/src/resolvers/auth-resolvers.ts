// API keys and the audit log for admins (the roles are checked by the policy map, auth/policy.ts).
import type { Role } from '../auth/actor.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-key-store.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import type { AppContext } from '../app/context.ts';
import { badUserInput } from '../errors/app-errors.ts';
import { defineMutation } from '../mutations/define-mutation.ts';
import { boundedString, intInRange, requiredId } from '../validation/arguments.ts';

interface AuditCursor {
  at: string;
  id: string;
}

/** A date-time as Neo4j prints it (the cursor's position is passed to datetime(), which must not fail). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const encodeAuditCursor = (entry: AuditCursor): string =>
  Buffer.from(JSON.stringify([entry.at, entry.id]), 'utf8').toString('base64url');

function decodeAuditCursor(cursor: string | null | undefined): AuditCursor | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && DATE_TIME.test(at) && id.length <= 100) return { at, id };
  } catch {
    // falls through to the error below
  }
  throw badUserInput('after', 'is not a cursor returned by this API');
}

interface AuditLogArgs {
  first?: number | null;
  after?: string | null;
  actor?: string | null;
  operation?: string | null;
  entityId?: string | null;
}

async function auditLog(_: unknown, args: AuditLogArgs, { db }: AppContext) {
  const first = intInRange('first', args.first, 1, 200, 50);
  const cursor = decodeAuditCursor(boundedString('after', args.after, 500));
  const rows = await db.read('audit-log-page', {
    actor: boundedString('actor', args.actor, 200),
    operation: boundedString('operation', args.operation, 100),
    entityId: boundedString('entityId', args.entityId, 300),
    afterAt: cursor?.at ?? null,
    afterId: cursor?.id ?? null,
    limit: first + 1,
  });
  const entries = rows.slice(0, first).map((row) => row.entry as AuditCursor & Record<string, unknown>);
  const edges = entries.map((node) => ({ cursor: encodeAuditCursor(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

const ROLE_VALUES: Record<string, Role> = {
  PUBLIC: 'public',
  RESEARCHER: 'researcher',
  STAFF: 'staff',
  ADMIN: 'admin',
};

export const authResolvers = {
  Role: ROLE_VALUES,
  Query: {
    // Only the name and role: the key's id stays out of answers a caller's scripts may log.
    viewer: (_: unknown, __: unknown, { actor }: AppContext) => ({ name: actor.name, role: actor.role }),
    apiKeys: (_: unknown, args: { first?: number | null }, { db }: AppContext) =>
      listApiKeys(db, boundedFirst('Query.apiKeys', args.first)),
    auditLog,
  },
  Mutation: {
    createApiKey: defineMutation<{ name: string; role: Role }, Awaited<ReturnType<typeof createApiKey>>>(
      'createApiKey',
      ({ name, role }, { db }) => createApiKey(db, role, boundedString('name', name, 100) ?? ''),
    ),
    revokeApiKey: defineMutation<{ id: string }, Awaited<ReturnType<typeof revokeApiKey>>>(
      'revokeApiKey',
      ({ id }, { db }) => revokeApiKey(db, requiredId('id', id)),
    ),
  },
};
