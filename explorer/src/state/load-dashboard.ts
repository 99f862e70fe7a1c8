// Loads the dashboard's analytics answers for a query (scope and as-of date) through the typed client.
import type { CentralityMetric, DensityGrouping } from '../api/dashboard-types';
import {
  BROKERS_QUERY,
  CENTRALITY_QUERY,
  COMMUNITIES_QUERY,
  DATA_YEARS_QUERY,
  DENSITY_MATRIX_QUERY,
  NETWORK_STATS_QUERY,
  NETWORK_TREND_QUERY,
  WHAT_IF_QUERY,
} from '../api/dashboard-queries';
import { requestGraphQL } from '../api/graphql-client';
import type { DashboardResourceData, DataYears } from './dashboard-resources';
import type { DashboardQuery } from './dashboard-query';
import { dataYearsOf, todayIso, trendRangeOf } from './dashboard-query';
import type { ProposedLinkIds } from './dashboard-state';
import { VIEW_LIMITS } from './view-query';

type Data<K extends keyof DashboardResourceData> = Promise<DashboardResourceData[K]>;

/** How many organisations each ranking lists. */
export const RANKING_SIZE = 10;

export async function loadNetworkStats(query: DashboardQuery, signal: AbortSignal): Data<'dashboard.stats'> {
  return (await requestGraphQL(NETWORK_STATS_QUERY, query, { signal })).networkStats;
}

export async function loadDensityMatrix(
  query: DashboardQuery,
  by: DensityGrouping,
  signal: AbortSignal,
): Data<'dashboard.density'> {
  return (await requestGraphQL(DENSITY_MATRIX_QUERY, { ...query, by }, { signal })).densityMatrix;
}

/** The years the scope's links begin in, read from the same `graph` the explorer draws (at its largest size). */
export async function loadDataYears(query: DashboardQuery, signal: AbortSignal): Promise<DataYears> {
  const data = await requestGraphQL(
    DATA_YEARS_QUERY,
    { filter: query.scope, limit: VIEW_LIMITS.network.max },
    { signal },
  );
  return dataYearsOf(data.graph.edges.map((edge) => edge.since));
}

/** The trend by year from the data's first year to today (the scope only: each year is its own as-of date). */
export async function loadNetworkTrend(
  query: DashboardQuery,
  years: NonNullable<DataYears>,
  signal: AbortSignal,
): Data<'dashboard.trend'> {
  const range = trendRangeOf(years, todayIso());
  return (await requestGraphQL(NETWORK_TREND_QUERY, { ...range, scope: query.scope }, { signal })).networkTrend.periods;
}

export async function loadCentrality(
  query: DashboardQuery,
  metric: CentralityMetric,
  signal: AbortSignal,
): Data<'dashboard.centrality'> {
  return (await requestGraphQL(CENTRALITY_QUERY, { ...query, metric, top: RANKING_SIZE }, { signal })).centrality;
}

export async function loadBrokers(query: DashboardQuery, signal: AbortSignal): Data<'dashboard.brokers'> {
  return (await requestGraphQL(BROKERS_QUERY, { ...query, top: RANKING_SIZE }, { signal })).brokers;
}

export async function loadCommunities(query: DashboardQuery, signal: AbortSignal): Data<'dashboard.communities'> {
  return (await requestGraphQL(COMMUNITIES_QUERY, query, { signal })).communities;
}

export async function loadWhatIf(
  query: DashboardQuery,
  links: ProposedLinkIds[],
  signal: AbortSignal,
): Data<'dashboard.whatIf'> {
  return (await requestGraphQL(WHAT_IF_QUERY, { ...query, links }, { signal })).whatIf;
}
