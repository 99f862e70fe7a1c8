// How many analytics, matching or path computations each root field may start, from its arguments, and what they weigh
// in time: the query cost model prices each computation as if its cache key were cold, and bounds the weight one
// operation may start (docs/limits.md).
import type { ComputationCounts, ComputationRule } from '../limits/query-cost.ts';
import { ANALYTICS_LIMITS } from '../services/analytics/analytics-limits.ts';
import { countPeriods } from '../services/analytics/metrics/trend-periods.ts';
import { isIsoDate } from '../validation/arguments.ts';

const one: ComputationRule = { priced: () => 1, jobs: 1 };
/** One computation priced, worth two of a snapshot's in time. */
const long: ComputationRule = { priced: () => 1, jobs: 2 };

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
  'Query.whatIf': { priced: () => 2, jobs: 2 },
  // Every period in one pass over the scope's history.
  'Query.networkTrend': { priced: trendPeriods, jobs: 1 },
  // Yen's k shortest paths: at the largest k, rounds of spur searches in Neo4j, one after another.
  'Query.collaborationPaths': long,
  // A cold date builds the matching graph and learns its weights from the year before.
  'Query.partnerMatches': long,
  'Query.introducers': long,
  'Query.matchingWeights': long,
});
