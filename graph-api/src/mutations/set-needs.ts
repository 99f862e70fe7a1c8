// setNeeds: replaces an organisation's needs (its demand-survey answers) with exactly the given ones.
import { z } from 'zod';
import type { MutationSetNeedsArgs } from '../generated/resolvers-types.ts';
import type { OrganizationRow } from '../data/rows.ts';
import { requiredId } from '../validation/arguments.ts';
import { defineMutation } from './define-mutation.ts';
import { assertReferencesExist } from './find-missing-ids.ts';
import { parseInput, refId } from '../validation/parse-input.ts';

const needs = z
  .array(
    z.object({
      capabilityId: refId,
      priority: z.number().int().min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3'),
    }),
  )
  .max(200, 'must list at most 200 needs')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((need, index) => {
      if (seen.has(need.capabilityId))
        ctx.addIssue({ code: 'custom', path: [index, 'capabilityId'], message: `lists "${need.capabilityId}" twice` });
      seen.add(need.capabilityId);
    });
  });

export const setNeeds = defineMutation<MutationSetNeedsArgs, OrganizationRow>(
  'setNeeds',
  async (args, { db, actor }) => {
    const orgId = requiredId('orgId', args.orgId);
    const list = parseInput('needs', needs, args.needs);
    return db.writeTransaction(async (tx) => {
      const ids = list.map((need) => need.capabilityId);
      await assertReferencesExist(tx, { organizations: [['orgId', orgId]], capabilities: { argument: 'needs', ids } });
      await tx.run('write-set-needs', { orgId, needs: list, actor: actor.name });
      const [written] = await tx.run('organizations-by-ids', { ids: [orgId] });
      return written!.item as OrganizationRow;
    }, 'setNeeds');
  },
);
