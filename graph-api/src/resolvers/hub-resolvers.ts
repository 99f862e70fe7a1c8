// Query.hubs, Query.hub and the Hub type.
import { notFound } from '../errors/app-errors.ts';
import type { HubResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { HubRow } from '../model/rows.ts';
import { requiredId } from './arguments.ts';

export const hubQueries: QueryResolvers = {
  async hubs(_, __, { db, loaders }) {
    const hubs = (await db.read('hubs-list')).map((row) => row.hub as HubRow);
    for (const hub of hubs) loaders.hub.prime(hub.id, hub);
    return hubs;
  },
  async hub(_, args, { loaders }) {
    const hub = await loaders.hub.load(requiredId('id', args.id));
    if (!hub) throw notFound('hub', args.id, 'id');
    return hub;
  },
};

export const hubFields: HubResolvers = {
  synthetic: (hub) => hub.synthetic ?? false,
  source: (hub) => hub.source ?? '',
  organizations: (hub, _, { loaders }) => loaders.organizationsInHub.load(hub.id),
  events: (hub, _, { loaders }) => loaders.eventsAtHub.load(hub.id),
};
