// Query fields of the network analytics (docs/analytics.md): thin — validate, then ask the analytics service.
import { analyticsFor } from '../analytics/analytics-service.ts';
import { centralityValues, CENTRALITY_DETAIL, rankByValue } from '../analytics/metrics/centrality.ts';
import { collaborationMix } from '../analytics/metrics/collaboration-mix.ts';
import { communityProfiles } from '../analytics/metrics/community-profiles.ts';
import { densityMatrix } from '../analytics/metrics/density-matrix.ts';
import { findBrokers } from '../analytics/metrics/brokers.ts';
import { louvainCommunities } from '../analytics/metrics/louvain-communities.ts';
import { networkStats } from '../analytics/metrics/network-stats.ts';
import { networkTrend } from '../analytics/metrics/network-trend.ts';
import { countPeriods } from '../analytics/metrics/trend-periods.ts';
import { statsDelta, whatIf } from '../analytics/metrics/what-if.ts';
import { badUserInput } from '../errors/app-errors.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { analyticsRequest, proposedLinks } from './analytics-arguments.ts';
import { dateRange, intInRange } from './arguments.ts';
import { analyticsFieldResolvers } from './analytics-fields.ts';

const stats: QueryResolvers['networkStats'] = async (_, args, { db }) => {
  const request = await analyticsRequest(db, args, 'STRUCTURE');
  const service = analyticsFor(db);
  return { asOf: request.asOf, ...(await service.answer('stats', request, (s) => networkStats(s.graph, service.limits))) };
};

const matrix: QueryResolvers['densityMatrix'] = async (_, args, { db }) => {
  const request = await analyticsRequest(db, args, 'STRUCTURE');
  const result = await analyticsFor(db).answer(`density:${args.by}`, request, (s) => densityMatrix(s, args.by));
  return { by: args.by, asOf: request.asOf, ...result };
};

const trend: QueryResolvers['networkTrend'] = async (_, args, { db }) => {
  const { from, to } = dateRange('from', args.from, 'to', args.to);
  const step = args.step ?? 'YEAR';
  const service = analyticsFor(db);
  const periods = countPeriods(from!, to!, step);
  if (periods > service.limits.maxTrendPeriods) {
    throw badUserInput('to', `covers ${periods} periods; at most ${service.limits.maxTrendPeriods} (use YEAR, or a shorter range)`);
  }
  const { scope } = await analyticsRequest(db, { scope: args.scope }, 'DETAILS');
  const result = await service.answerFromHistory(`trend:${from}:${to}:${step}`, scope, (history) =>
    networkTrend(history, scope, from!, to!, step, service.limits),
  );
  return { step, periods: result.map((period) => ({ ...period, stats: { asOf: period.asOf, ...period.stats } })) };
};

const centrality: QueryResolvers['centrality'] = async (_, args, { db }) => {
  const top = intInRange('top', args.top, 1, 1000, 20);
  const request = await analyticsRequest(db, args, CENTRALITY_DETAIL[args.metric]);
  const service = analyticsFor(db);
  const snapshot = await service.snapshot(request);
  const result = await service.answer(`centrality:${args.metric}`, request, (s) => centralityValues(s.graph, args.metric, service.limits));
  return {
    metric: args.metric, asOf: request.asOf, weighted: result.weighted, exact: result.exact, samplePivots: result.samplePivots,
    organizations: snapshot.graph.order, entries: rankByValue(snapshot.graph, result.values, top),
  };
};

const brokers: QueryResolvers['brokers'] = async (_, args, { db }) => {
  const top = intInRange('top', args.top, 1, 1000, 20);
  const request = await analyticsRequest(db, args, 'STRUCTURE');
  const service = analyticsFor(db);
  const between = await service.answer('centrality:BETWEENNESS', request, (s) => centralityValues(s.graph, 'BETWEENNESS', service.limits));
  const found = await service.answer('brokers', request, (s) => findBrokers(s, between, 1000));
  return { asOf: request.asOf, exact: between.exact, samplePivots: between.samplePivots, brokers: found.slice(0, top) };
};

const communities: QueryResolvers['communities'] = async (_, args, { db }) => {
  const minSize = intInRange('minSize', args.minSize, 1, 1000, 2);
  const request = await analyticsRequest(db, args, 'STRUCTURE');
  const service = analyticsFor(db);
  const partition = await service.answer('louvain', request, (s) => louvainCommunities(s.graph, service.limits.seed));
  const profiles = await service.answer(`communities:${minSize}`, request, (s) => communityProfiles(s, partition, minSize));
  return { asOf: request.asOf, modularity: partition.modularity, count: profiles.length, communities: profiles };
};

const mix: QueryResolvers['collaborationMix'] = async (_, args, { db }) => {
  const request = await analyticsRequest(db, args, 'STRUCTURE');
  return { asOf: request.asOf, ...(await analyticsFor(db).answer('mix', request, collaborationMix)) };
};

const imagine: QueryResolvers['whatIf'] = async (_, args, { db }) => {
  const { pairs, ids } = proposedLinks(args.links);
  const request = await analyticsRequest(db, args, 'STRUCTURE', ids);
  const service = analyticsFor(db);
  const snapshot = await service.snapshot(request);
  pairs.forEach(({ from, to }, index) => {
    for (const [end, id] of [['from', from], ['to', to]] as const) {
      if (!snapshot.graph.hasNode(id)) {
        throw badUserInput(`links[${index}].${end}`, `organisation "${id}" is outside the scope${request.asOf ? ` or not in the network as of ${request.asOf}` : ''}`);
      }
    }
  });
  const before = await service.answer('stats', request, (s) => networkStats(s.graph, service.limits));
  // In the order given: the answer lists the links in that order.
  const key = pairs.map(({ from, to }) => `${from}~${to}`).join(',');
  const result = await service.answer(`whatif:${key}`, request, (s) => whatIf(s.graph, pairs, service.limits));
  return {
    asOf: request.asOf, links: result.links, before: { asOf: request.asOf, ...before }, after: { asOf: request.asOf, ...result.after },
    delta: statsDelta(before, result.after),
  };
};

export const analyticsResolvers: Resolvers = {
  Query: {
    networkStats: stats, densityMatrix: matrix, networkTrend: trend, centrality, brokers, communities, collaborationMix: mix, whatIf: imagine,
  },
  ...analyticsFieldResolvers,
};
