// Query.capabilities, Query.capability, the Capability taxonomy and the Need link.
import { notFound } from '../errors/app-errors.ts';
import type {
  CapabilityResolvers,
  NeedResolvers,
  QueryCapabilitiesArgs,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import { boundedString } from '../validation/arguments.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const capabilities = defineEntityQueries({
  entity: 'capability',
  listQuery: 'capabilities-list',
  column: 'capability',
  loader: (loaders) => loaders.capability,
  async listParams(args: QueryCapabilitiesArgs, { loaders }) {
    const sector = boundedString('sector', args.sector, 200);
    if (sector !== null && !(await loaders.capability.load(sector))) throw notFound('capability', sector, 'sector');
    return { level: args.level ?? null, sector, first: boundedFirst('Query.capabilities', args.first) };
  },
});
export const capabilityQueries: QueryResolvers = { capabilities: capabilities.list, capability: capabilities.byId };

export const capabilityFields: CapabilityResolvers = {
  synthetic: (capability) => capability.synthetic ?? false,
  source: (capability) => capability.source ?? '',
  broader: (capability, _, { loaders }) =>
    capability.broaderId ? loaders.capability.load(capability.broaderId) : null,
  narrower: (capability, args, { loaders }) =>
    loaders.narrowerOf({ first: boundedFirst('Capability.narrower', args.first) }).load(capability.id),
  organizations: (capability, args, { loaders }) =>
    loaders.organizationsWith({ first: boundedFirst('Capability.organizations', args.first) }).load(capability.id),
  neededBy: (capability, args, { loaders }) =>
    loaders.needsFor({ first: boundedFirst('Capability.neededBy', args.first) }).load(capability.id),
};

export const needFields: NeedResolvers = {
  source: (need) => need.source ?? '',
  synthetic: (need) => need.synthetic ?? false,
  organization: async (need, _, { loaders }) => (await loaders.organization.load(need.orgId))!,
  capability: async (need, _, { loaders }) => (await loaders.capability.load(need.capabilityId))!,
};
