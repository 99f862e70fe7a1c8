// The internals the benchmarks (bench/) time or drive directly, below the GraphQL API: one entry point
// (@siheung/graph-api/bench-support) instead of paths into graph-api/src.
export { explorerNeedsBuild } from './cli/explorer-build-state.ts';
export { ANALYTICS_LIMITS } from './services/analytics/analytics-limits.ts';
export { analyticsPool } from './services/analytics/analytics-pool.ts';
export { buildSnapshot } from './services/analytics/build-snapshot.ts';
export { betweenness, pivotBetweenness } from './services/analytics/metrics/betweenness.ts';
export { networkStats } from './services/analytics/metrics/network-stats.ts';
export { WHOLE_NETWORK } from './services/analytics/network-model.ts';
export { readProjection } from './services/analytics/read-projection.ts';
export { createApiKey, revokeApiKey } from './auth/api-key-store.ts';
export { findIntroducers } from './services/matching/find-introducers.ts';
export { matchingFor } from './services/matching/matching-service.ts';
export { rankPartners } from './services/matching/rank-partners.ts';
