// Writes one audit entry inside the transaction of the change it describes: the entry commits, or rolls back, with it.
import { randomUUID } from 'node:crypto';
import type { Actor } from './actor.ts';
import type { QueryRunner } from '../db/index.ts';

export interface AuditChange {
  /** What kind of thing changed: Organization, Collaboration, Attendance, ApiKey, Import, … */
  entityType: string;
  entityId: string | null;
  /** The entity's properties before the change (null when it did not exist). */
  before: unknown;
  /** Its properties after the change (null when it was deleted). */
  after: unknown;
}

/** Properties that only serve search (derived from the name fields) are left out of the record. */
function withoutDerived(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return value ?? null;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([key]) => !key.startsWith('search') && key !== 'hash'),
  );
}

const asJson = (value: unknown): string | null => {
  const plain = withoutDerived(value);
  return plain === null ? null : JSON.stringify(plain);
};

export async function recordAudit(
  tx: QueryRunner,
  actor: Actor,
  operation: string,
  change: AuditChange,
): Promise<void> {
  await tx.run('audit-record', {
    entry: {
      id: randomUUID(),
      actor: actor.name,
      actorRole: actor.role,
      keyId: actor.keyId,
      operation,
      entityType: change.entityType,
      entityId: change.entityId,
      before: asJson(change.before),
      after: asJson(change.after),
    },
  });
}
