// Query fields of the network analytics (docs/analytics.md): thin — validate, then ask the analytics service.
import { analyticsRequest } from '../services/analytics/analytics-request.ts';
import { analyticsFor } from '../services/analytics/analytics-service.ts';
import { CENTRALITY_DETAIL } from '../services/analytics/metrics/centrality.ts';
import { countPeriods } from '../services/analytics/metrics/trend-periods.ts';
import { statsDelta } from '../services/analytics/metrics/what-if.ts';
import { badUserInput } from '../errors/app-errors.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { proposedLinks } from '../validation/analytics-arguments.ts';
import { dateRange, intInRange } from '../validation/arguments.ts';
import { analyticsFieldResolvers } from './analytics-fields.ts';

const stats: QueryResolvers['networkStats'] = async (_, args, context) => {
  const request = await analyticsRequest(context, args, 'STRUCTURE');
  return { asOf: request.asOf, ...(await analyticsFor(context.db).answer('stats', request, 'stats')) };
};

const matrix: QueryResolvers['densityMatrix'] = async (_, args, context) => {
  const request = await analyticsRequest(context, args, 'STRUCTURE');
  const result = await analyticsFor(context.db).answer(`density:${args.by}`, request, 'density', { by: args.by });
  return { by: args.by, asOf: request.asOf, ...result };
};

const trend: QueryResolvers['networkTrend'] = async (_, args, context) => {
  const { from, to } = dateRange('from', args.from, 'to', args.to);
  const step = args.step ?? 'YEAR';
  const service = analyticsFor(context.db);
  const periods = countPeriods(from!, to!, step);
  if (periods > service.limits.maxTrendPeriods) {
    throw badUserInput(
      'to',
      `covers ${periods} periods; at most ${service.limits.maxTrendPeriods} (use YEAR, or a shorter range)`,
    );
  }
  const { scope, admission } = await analyticsRequest(context, { scope: args.scope }, 'DETAILS');
  const result = await service.answerFromHistory(
    `trend:${from}:${to}:${step}`,
    scope,
    'trend',
    { from: from!, to: to!, step },
    admission,
  );
  return { step, periods: result.map((period) => ({ ...period, stats: { asOf: period.asOf, ...period.stats } })) };
};

const centrality: QueryResolvers['centrality'] = async (_, args, context) => {
  const top = intInRange('top', args.top, 1, 1000, 20);
  const request = await analyticsRequest(context, args, CENTRALITY_DETAIL[args.metric]);
  const { entries, ...result } = await analyticsFor(context.db).answer(
    `centrality:${args.metric}`,
    request,
    'centrality',
    {
      metric: args.metric,
    },
  );
  return { metric: args.metric, asOf: request.asOf, ...result, entries: entries.slice(0, top) };
};

const brokers: QueryResolvers['brokers'] = async (_, args, context) => {
  const top = intInRange('top', args.top, 1, 1000, 20);
  const request = await analyticsRequest(context, args, 'STRUCTURE');
  const found = await analyticsFor(context.db).answer('brokers', request, 'brokers');
  return { asOf: request.asOf, ...found, brokers: found.brokers.slice(0, top) };
};

const communities: QueryResolvers['communities'] = async (_, args, context) => {
  const minSize = intInRange('minSize', args.minSize, 1, 1000, 2);
  const request = await analyticsRequest(context, args, 'STRUCTURE');
  const result = await analyticsFor(context.db).answer(`communities:${minSize}`, request, 'communities', { minSize });
  return {
    asOf: request.asOf,
    modularity: result.modularity,
    count: result.communities.length,
    communities: result.communities,
  };
};

const mix: QueryResolvers['collaborationMix'] = async (_, args, context) => {
  const request = await analyticsRequest(context, args, 'STRUCTURE');
  return { asOf: request.asOf, ...(await analyticsFor(context.db).answer('mix', request, 'mix')) };
};

const imagine: QueryResolvers['whatIf'] = async (_, args, context) => {
  const { pairs, ids } = proposedLinks(args.links);
  const request = await analyticsRequest(context, args, 'STRUCTURE', ids);
  const service = analyticsFor(context.db);
  // In the order given: the answer lists the links in that order. BAD_USER_INPUT for an end outside the network.
  const key = pairs.map(({ from, to }) => `${from}~${to}`).join(',');
  const result = await service.answer(`whatif:${key}`, request, 'whatIf', { pairs });
  const before = await service.answer('stats', request, 'stats');
  return {
    asOf: request.asOf,
    links: result.links,
    before: { asOf: request.asOf, ...before },
    after: { asOf: request.asOf, ...result.after },
    delta: statsDelta(before, result.after),
  };
};

export const analyticsResolvers: Resolvers = {
  Query: {
    networkStats: stats,
    densityMatrix: matrix,
    networkTrend: trend,
    centrality,
    brokers,
    communities,
    collaborationMix: mix,
    whatIf: imagine,
  },
  ...analyticsFieldResolvers,
};
