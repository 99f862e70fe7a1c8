// Query.capabilities, Query.capability, the Capability taxonomy and the Need link.
import { notFound } from '../errors/app-errors.ts';
import type { CapabilityResolvers, NeedResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { CapabilityRow } from '../model/rows.ts';
import { boundedString, requiredId } from './arguments.ts';

export const capabilityQueries: QueryResolvers = {
  async capabilities(_, args, { db, loaders }) {
    const sector = boundedString('sector', args.sector, 200);
    if (sector !== null && !(await loaders.capability.load(sector))) throw notFound('capability', sector, 'sector');
    const capabilities = (await db.read('capabilities-list', { level: args.level ?? null, sector })).map((row) => row.capability as CapabilityRow);
    for (const capability of capabilities) loaders.capability.prime(capability.id, capability);
    return capabilities;
  },
  async capability(_, args, { loaders }) {
    const capability = await loaders.capability.load(requiredId('id', args.id));
    if (!capability) throw notFound('capability', args.id, 'id');
    return capability;
  },
};

export const capabilityFields: CapabilityResolvers = {
  synthetic: (capability) => capability.synthetic ?? false,
  source: (capability) => capability.source ?? '',
  broader: (capability, _, { loaders }) => (capability.broaderId ? loaders.capability.load(capability.broaderId) : null),
  narrower: (capability, _, { loaders }) => loaders.narrowerOf.load(capability.id),
  organizations: (capability, _, { loaders }) => loaders.organizationsWith.load(capability.id),
  neededBy: (capability, _, { loaders }) => loaders.needsFor.load(capability.id),
};

export const needFields: NeedResolvers = {
  source: (need) => need.source ?? '',
  synthetic: (need) => need.synthetic ?? false,
  organization: async (need, _, { loaders }) => (await loaders.organization.load(need.orgId))!,
  capability: async (need, _, { loaders }) => (await loaders.capability.load(need.capabilityId))!,
};
