// All resolvers, merged by type.
import { analyticsResolvers } from './analytics-resolvers.ts';
import { answerBoundResolvers } from './answer-bounds.ts';
import { authResolvers } from './auth-resolvers.ts';
import { domainResolvers } from './domain-resolvers.ts';
import { graphResolvers } from './graph-resolvers.ts';
import { matchingFieldResolvers } from './matching-fields.ts';
import { matchingResolvers } from './matching-resolvers.ts';
import { mutationResolvers } from './mutation-resolvers.ts';
import { networkResolvers } from './network-resolvers.ts';
import { searchResolvers } from './search-resolvers.ts';

export const resolvers = [
  { Query: { ok: () => true } },
  domainResolvers,
  mutationResolvers,
  graphResolvers,
  networkResolvers,
  searchResolvers,
  analyticsResolvers,
  authResolvers,
  matchingResolvers,
  matchingFieldResolvers,
  answerBoundResolvers,
];
