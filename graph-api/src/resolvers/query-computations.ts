// How many analytics or matching computations each root field may start, from its arguments: the query cost model
// prices each as if its cache key were cold (docs/limits.md).
import type { ComputationCounts } from '../limits/query-cost.ts';
import { ANALYTICS_LIMITS } from '../services/analytics/analytics-limits.ts';
import { countPeriods } from '../services/analytics/metrics/trend-periods.ts';
import { isIsoDate } from '../validation/arguments.ts';

const one = () => 1;

function trendPeriods(args: Record<string, unknown>): number {
  const { from, to, step } = args;
  if (typeof from !== 'string' || typeof to !== 'string' || !isIsoDate(from) || !isIsoDate(to) || to < from)
    return ANALYTICS_LIMITS.maxTrendPeriods;
  return Math.min(countPeriods(from, to, step === 'QUARTER' ? 'QUARTER' : 'YEAR'), ANALYTICS_LIMITS.maxTrendPeriods);
}

export const QUERY_COMPUTATIONS: ComputationCounts = Object.freeze({
  'Query.networkStats': one,
  'Query.densityMatrix': one,
  'Query.centrality': one,
  'Query.brokers': one,
  'Query.communities': one,
  'Query.collaborationMix': one,
  // The network as it is and as it would be with the proposed links.
  'Query.whatIf': () => 2,
  'Query.networkTrend': trendPeriods,
  'Query.partnerMatches': one,
  'Query.introducers': one,
  'Query.matchingWeights': one,
});
