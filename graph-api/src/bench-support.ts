// The internals the benchmarks (bench/) time or drive directly, below the GraphQL API: one entry point
// (@siheung/graph-api/bench-support) instead of paths into graph-api/src.
export { explorerNeedsBuild } from './cli/explorer-build-state.ts';
export { ANALYTICS_LIMITS } from './analytics/analytics-limits.ts';
export { analyticsPool } from './analytics/analytics-pool.ts';
export { buildSnapshot } from './analytics/build-snapshot.ts';
export { betweenness, pivotBetweenness } from './analytics/metrics/betweenness.ts';
export { networkStats } from './analytics/metrics/network-stats.ts';
export { WHOLE_NETWORK } from './analytics/network-model.ts';
export { readProjection } from './analytics/read-projection.ts';
export { createApiKey, revokeApiKey } from './auth/api-key-store.ts';
export { findIntroducers } from './matching/find-introducers.ts';
export { matchingFor } from './matching/matching-service.ts';
export { rankPartners } from './matching/rank-partners.ts';
