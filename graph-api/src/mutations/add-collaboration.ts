// addCollaboration: records a link between two organisations. The link's natural key is the unordered
// pair, the kind and the start date: repeating the call finds the same link and updates its details.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DbError } from '@siheung/core/db';
import { conflict } from '../errors/app-errors.ts';
import type { MutationAddCollaborationArgs } from '../generated/resolvers-types.ts';
import type { CollaborationRow } from '../data/rows.ts';
import { defineMutation } from './define-mutation.ts';
import { assertReferencesExist } from './find-missing-ids.ts';
import { isoDateSchema, newId, parseInput, refId, text } from '../validation/parse-input.ts';

const LINK_KINDS = [
  'JOINT_RD',
  'CO_PUBLICATION',
  'CLINICAL_TRIAL',
  'TECH_TRANSFER',
  'SUPPLY',
  'MOU',
  'INVESTMENT',
] as const;

const collaborationInput = z
  .object({
    id: newId.nullish(),
    from: refId,
    to: refId,
    kind: z.enum(LINK_KINDS),
    since: isoDateSchema,
    until: isoDateSchema.nullish(),
    weight: z.number().gt(0, 'must be more than 0').max(100, 'must be at most 100').nullish(),
    title: text(500).nullish(),
    source: text(200),
    synthetic: z.boolean().nullish(),
  })
  .refine((link) => link.from !== link.to, {
    path: ['to'],
    message: 'must be another organisation than `from` (no self-links)',
  })
  .refine((link) => link.until == null || link.until >= link.since, {
    path: ['until'],
    message: 'must not be before `since`',
  });

/** The id a link gets when the caller gives none: the same for the same natural key, whichever way round. */
export function naturalLinkId(from: string, to: string, kind: string, since: string): string {
  const pair = [from, to].sort().join('|');
  const digest = createHash('sha256').update(`${pair}|${kind}`).digest('hex').slice(0, 10).toUpperCase();
  return `LNK-${since.replaceAll('-', '')}-${digest}`;
}

export const addCollaboration = defineMutation<MutationAddCollaborationArgs, CollaborationRow>(
  'addCollaboration',
  async (args, { db, actor }) => {
    const input = parseInput('input', collaborationInput, args.input);
    const write = () =>
      db.writeTransaction(async (tx) => {
        await assertReferencesExist(tx, {
          organizations: [
            ['input.from', input.from],
            ['input.to', input.to],
          ],
        });
        const [found] = await tx.run('write-find-collaboration', {
          from: input.from,
          to: input.to,
          kind: input.kind,
          since: input.since,
          id: input.id ?? null,
        });
        const existingId = (found?.existingId ?? null) as string | null;
        const idOwner = (found?.idOwner ?? null) as string | null;
        if (input.id != null && idOwner !== null && existingId !== input.id) {
          throw conflict('input.id', `"${input.id}" is already the id of another link (${idOwner})`);
        }
        const id = existingId ?? input.id ?? naturalLinkId(input.from, input.to, input.kind, input.since);
        const given = {
          id,
          until: input.until ?? null,
          weight: input.weight ?? null,
          title: input.title ?? null,
          source: input.source,
        };
        if (existingId === null) {
          const link = {
            ...given,
            from: input.from,
            to: input.to,
            kind: input.kind,
            since: input.since,
            weight: input.weight ?? 1,
            synthetic: input.synthetic ?? false,
          };
          await tx.run('write-create-collaboration', { link, actor: actor.name });
        } else {
          await tx.run('write-update-collaboration', {
            link: { ...given, synthetic: input.synthetic ?? null },
            actor: actor.name,
          });
        }
        const [written] = await tx.run('collaborations-by-ids', { ids: [id] });
        return written!.item as CollaborationRow;
      }, 'addCollaboration');
    try {
      return await write();
    } catch (error) {
      // Two identical calls at once (a client retrying a write whose answer it never saw) both found no link and
      // both created it; the id constraint refused the second. Run again, it finds the first and updates it.
      if (error instanceof DbError && error.kind === 'CONSTRAINT') return write();
      throw error;
    }
  },
);
