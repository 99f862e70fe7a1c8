// Where exact answers stop and sampled ones start, the random seed, and the cache bounds (docs/analytics.md).
// Exact betweenness grows as organisations × links, so past a few thousand organisations it is sampled (the timings:
// docs/analytics.md; bench/src/analytics-timings.ts measures them).

export interface AnalyticsLimits {
  /** Betweenness and closeness are exact up to this many organisations, sampled from pivots beyond. */
  exactCentralityMaxNodes: number;
  /** Pivots (sources) of sampled betweenness and closeness. */
  centralityPivots: number;
  /** Average shortest path and diameter are exact up to this many organisations in the largest component. */
  exactPathsMaxNodes: number;
  /** Sources of the sampled path statistics (plus a double sweep from the farthest node of the first few). */
  pathSources: number;
  /** Every random choice (pivots, Louvain's moves) derives from this seed: the same data gives the same answer. */
  seed: string;
  /** Cached graphs, counted in organisations + links. */
  cacheMaxElements: number;
  /** Cached answers (statistics, rankings…). */
  cacheMaxResults: number;
  /** Most periods one networkTrend may ask for. */
  maxTrendPeriods: number;
}

export const ANALYTICS_LIMITS: AnalyticsLimits = Object.freeze({
  exactCentralityMaxNodes: 3_000,
  centralityPivots: 128,
  exactPathsMaxNodes: 2_000,
  pathSources: 32,
  seed: 'siheung-analytics-v1',
  cacheMaxElements: 2_000_000,
  cacheMaxResults: 500,
  maxTrendPeriods: 80,
});
