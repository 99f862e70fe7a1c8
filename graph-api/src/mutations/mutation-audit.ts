// What each mutation changes, for the audit log: the entity's stored state read in the write transaction before
// and after the work. A mutation not listed is recorded with its result as `after` (and no `before`).
import { importAuditTarget, type AuditTarget } from '@siheung/core/audit';
import type { QueryRunner } from '@siheung/core/db';
import type { MutationName } from './authorize-mutation.ts';
import { isIsoDate } from '../validation/arguments.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each mutation's own argument shape
type Args = Record<string, any>;

async function entity(tx: QueryRunner, query: string, params: Record<string, unknown>): Promise<unknown> {
  const [row] = await tx.run(query, params);
  return row?.entity ?? null;
}

const organization = (tx: QueryRunner, id: unknown) =>
  typeof id === 'string' ? entity(tx, 'audit-snapshot-organization', { id }) : Promise.resolve(null);
const apiKey = (tx: QueryRunner, id: unknown) =>
  typeof id === 'string' ? entity(tx, 'audit-snapshot-api-key', { id }) : Promise.resolve(null);
const collaboration = (tx: QueryRunner, id: unknown) =>
  typeof id === 'string' ? entity(tx, 'audit-snapshot-collaboration', { id }) : Promise.resolve(null);

/** A target whose entity is found by an id known from the arguments (or, for a new entity, from the result). */
function byId(
  entityType: string,
  read: typeof organization,
  idBefore: (tx: QueryRunner) => Promise<string | null>,
): AuditTarget<{ id: string | null; state: unknown }> {
  return {
    before: async (tx) => {
      const id = await idBefore(tx);
      return { id, state: await read(tx, id) };
    },
    after: async (tx, result, before) => {
      const id = before.id ?? (result as { id?: string } | null)?.id ?? null;
      return { entityType, entityId: id, before: before.state, after: await read(tx, id) };
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const TARGETS: Partial<Record<MutationName, (args: Args) => AuditTarget<any>>> = {
  upsertOrganization: (args) => byId('Organization', organization, async () => args.input?.id ?? null),
  addCollaboration: ({ input }) =>
    byId('Collaboration', collaboration, async (tx) => {
      // The link this call will change, found by its natural key (a malformed date is refused by the mutation itself).
      if (typeof input?.since !== 'string' || !isIsoDate(input.since)) return input?.id ?? null;
      const [found] = await tx.run('write-find-collaboration', {
        from: input.from,
        to: input.to,
        kind: input.kind,
        since: input.since,
        id: input.id ?? null,
      });
      return (found?.existingId as string | null) ?? input.id ?? null;
    }),
  endCollaboration: (args) => byId('Collaboration', collaboration, async () => args.id),
  setCapabilities: (args) => byId('Organization', organization, async () => args.orgId),
  setNeeds: (args) => byId('Organization', organization, async () => args.orgId),
  recordAttendance: ({ orgId, eventId }) => {
    const read = (tx: QueryRunner) => entity(tx, 'audit-snapshot-attendance', { orgId, eventId });
    return {
      before: read,
      after: async (tx, _result, before) => ({
        entityType: 'Attendance',
        entityId: `${orgId}/${eventId}`,
        before,
        after: await read(tx),
      }),
    };
  },
  // Feedback is kept as history (each call adds a record): nothing before, the new record after.
  recordMatchFeedback: ({ orgId, candidateId }) => ({
    before: async () => null,
    after: async (_tx, result) => ({
      entityType: 'MatchFeedback',
      entityId: `${orgId}/${candidateId}`,
      before: null,
      after: result,
    }),
  }),
  createApiKey: () => byId('ApiKey', apiKey, async () => null),
  revokeApiKey: (args) => byId('ApiKey', apiKey, async () => args.id),
  importData: (args) =>
    importAuditTarget(
      typeof args.source === 'string' ? args.source : null,
      (args.files ?? []).map((file: File) => file.name),
    ),
};

/** The result as recorded for a mutation without its own target. */
const resultOnly = (operation: string): AuditTarget<null> => ({
  before: async () => null,
  after: async (_tx, result) => ({
    entityType: operation,
    entityId: (result as { id?: string } | null)?.id ?? null,
    before: null,
    after: result,
  }),
});

export function mutationAuditTarget(operation: MutationName, args: Args): AuditTarget<unknown> {
  return TARGETS[operation]?.(args) ?? resultOnly(operation);
}
