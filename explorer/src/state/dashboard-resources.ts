// What the policy dashboard loads, each one resource of the store (see resources.ts): the statistics, the density
// matrix, the years the data spans and the trend over them, the rankings, the communities and the what-if.
import type {
  BrokerRankingData,
  CentralityData,
  CommunityPartitionData,
  DensityMatrixData,
  NetworkStatsData,
  TrendPeriodData,
  WhatIfData,
} from '../api/dashboard-types';

/** The calendar years the scoped network's dated links begin in; null when no link has a date. */
export type DataYears = { first: number; last: number } | null;

export interface DashboardResourceData {
  'dashboard.stats': NetworkStatsData;
  'dashboard.density': DensityMatrixData;
  'dashboard.years': DataYears;
  'dashboard.trend': TrendPeriodData[];
  'dashboard.centrality': CentralityData;
  'dashboard.brokers': BrokerRankingData;
  'dashboard.communities': CommunityPartitionData;
  'dashboard.whatIf': WhatIfData;
}

export const DASHBOARD_RESOURCE_NAMES = [
  'dashboard.stats',
  'dashboard.density',
  'dashboard.years',
  'dashboard.trend',
  'dashboard.centrality',
  'dashboard.brokers',
  'dashboard.communities',
  'dashboard.whatIf',
] as const satisfies readonly (keyof DashboardResourceData)[];
