// Query.hubs, Query.hub and the Hub type.
import type { HubResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const hubs = defineEntityQueries({
  entity: 'hub',
  listQuery: 'hubs-list',
  column: 'hub',
  loader: (loaders) => loaders.hub,
});
export const hubQueries: QueryResolvers = { hubs: hubs.list, hub: hubs.byId };

export const hubFields: HubResolvers = {
  synthetic: (hub) => hub.synthetic ?? false,
  source: (hub) => hub.source ?? '',
  organizations: (hub, _, { loaders }) => loaders.organizationsInHub.load(hub.id),
  events: (hub, _, { loaders }) => loaders.eventsAtHub.load(hub.id),
};
