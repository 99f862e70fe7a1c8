// endCollaboration: records when a link ended (or corrects it); the end may not come before the start.
import { badUserInput, notFound } from '../errors/app-errors.ts';
import type { MutationEndCollaborationArgs } from '../generated/resolvers-types.ts';
import type { CollaborationRow } from '../data/rows.ts';
import { isoDate, requiredId } from '../validation/arguments.ts';
import { defineMutation } from './define-mutation.ts';

export const endCollaboration = defineMutation<MutationEndCollaborationArgs, CollaborationRow>(
  'endCollaboration',
  async (args, { db, actor }) => {
    const id = requiredId('id', args.id);
    const until = isoDate('until', args.until)!;
    return db.writeTransaction(async (tx) => {
      const [found] = await tx.run('collaborations-by-ids', { ids: [id] });
      const link = found?.item as CollaborationRow | undefined;
      if (!link) throw notFound('collaboration', id, 'id');
      if (until < link.since) throw badUserInput('until', `must not be before the link began (${link.since})`);
      await tx.run('write-end-collaboration', { id, until, actor: actor.name });
      const [written] = await tx.run('collaborations-by-ids', { ids: [id] });
      return written!.item as CollaborationRow;
    }, 'endCollaboration');
  },
);
