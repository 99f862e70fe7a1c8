// setCapabilities: replaces an organisation's capabilities with exactly the given set. Links it keeps keep
// their provenance; new ones are recorded as coming from the API.
import { z } from 'zod';
import type { MutationSetCapabilitiesArgs } from '../generated/resolvers-types.ts';
import type { OrganizationRow } from '../data/rows.ts';
import { requiredId } from '../validation/arguments.ts';
import { defineMutation } from './define-mutation.ts';
import { assertReferencesExist } from './find-missing-ids.ts';
import { parseInput, refId } from '../validation/parse-input.ts';

const capabilityIds = z.array(refId).max(200, 'must list at most 200 capabilities');

export const setCapabilities = defineMutation<MutationSetCapabilitiesArgs, OrganizationRow>(
  'setCapabilities',
  async (args, { db, actor }) => {
    const orgId = requiredId('orgId', args.orgId);
    const ids = [...new Set(parseInput('capabilityIds', capabilityIds, args.capabilityIds))];
    return db.writeTransaction(async (tx) => {
      await assertReferencesExist(tx, {
        organizations: [['orgId', orgId]],
        capabilities: { argument: 'capabilityIds', ids },
      });
      await tx.run('write-set-capabilities', { orgId, capabilityIds: ids, actor: actor.name });
      const [written] = await tx.run('organizations-by-ids', { ids: [orgId] });
      return written!.item as OrganizationRow;
    }, 'setCapabilities');
  },
);
