// Fields of the analytics types that show organisations: resolved by id through the request's loaders (batched).
import type { OrganizationRow } from '../data/rows.ts';
import type { AppContext } from '../app/context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { boundedFirst } from '../limits/list-bounds.ts';

async function organization(id: string, { loaders }: AppContext): Promise<OrganizationRow> {
  const row = await loaders.organization.load(id);
  // The analytics read a cached graph; an organisation deleted since would be a stale cache, which the data version
  // prevents.
  if (!row) throw new Error(`analytics-fields: organisation ${id} is in the analytics graph but not in the database`);
  return row;
}

export const analyticsFieldResolvers: Pick<Resolvers, 'CentralityEntry' | 'Broker' | 'Community'> = {
  CentralityEntry: { organization: (entry, _args, context) => organization(entry.organizationId, context) },
  Broker: { organization: (broker, _args, context) => organization(broker.organizationId, context) },
  Community: {
    members: (community, args, context) =>
      Promise.all(
        community.memberIds
          .slice(0, boundedFirst('Community.members', args.first))
          .map((id) => organization(id, context)),
      ),
  },
};
