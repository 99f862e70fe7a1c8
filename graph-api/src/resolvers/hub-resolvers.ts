// Query.hubs, Query.hub and the Hub type.
import type { HubResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const hubs = defineEntityQueries({
  entity: 'hub',
  listQuery: 'hubs-list',
  column: 'hub',
  loader: (loaders) => loaders.hub,
  listParams: (args: { first?: number | null }) => ({ first: boundedFirst('Query.hubs', args.first) }),
});
export const hubQueries: QueryResolvers = { hubs: hubs.list, hub: hubs.byId };

export const hubFields: HubResolvers = {
  synthetic: (hub) => hub.synthetic ?? false,
  source: (hub) => hub.source ?? '',
  organizations: (hub, args, { loaders }) =>
    loaders.organizationsInHub({ first: boundedFirst('Hub.organizations', args.first) }).load(hub.id),
  events: (hub, args, { loaders }) =>
    loaders.eventsAtHub({ first: boundedFirst('Hub.events', args.first) }).load(hub.id),
};
