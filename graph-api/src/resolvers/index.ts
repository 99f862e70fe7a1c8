// All resolvers, merged by type.
import { analyticsResolvers } from './analytics-resolvers.ts';
import { domainResolvers } from './domain-resolvers.ts';
import { graphResolvers } from './graph-resolvers.ts';
import { mutationResolvers } from './mutation-resolvers.ts';
import { networkResolvers } from './network-resolvers.ts';
import { searchResolvers } from './search-resolvers.ts';

export const resolvers = [{ Query: { ok: () => true } }, domainResolvers, mutationResolvers, graphResolvers, networkResolvers, searchResolvers, analyticsResolvers];
