// The analytics answers as the dashboard reads them: aliases of the generated operation types.
import type {
  ExplorerBrokersQuery,
  ExplorerCentralityQuery,
  ExplorerCommunitiesQuery,
  ExplorerDensityMatrixQuery,
  ExplorerNetworkStatsQuery,
  ExplorerNetworkTrendQuery,
  ExplorerWhatIfQuery,
} from './generated/operations';

export type { AnalyticsScope, BrokerReasonCode, CentralityMetric, DensityGrouping } from './generated/operations';

export type NetworkStatsData = ExplorerNetworkStatsQuery['networkStats'];
export type DensityMatrixData = ExplorerDensityMatrixQuery['densityMatrix'];
export type DensityGroupData = DensityMatrixData['groups'][number];
export type DensityCellData = DensityMatrixData['cells'][number];
export type TrendPeriodData = ExplorerNetworkTrendQuery['networkTrend']['periods'][number];
export type CentralityData = ExplorerCentralityQuery['centrality'];
export type BrokerRankingData = ExplorerBrokersQuery['brokers'];
export type BrokerData = BrokerRankingData['brokers'][number];
export type RankedOrganization = BrokerData['organization'];
export type CommunityPartitionData = ExplorerCommunitiesQuery['communities'];
export type CommunityData = CommunityPartitionData['communities'][number];
export type WhatIfData = ExplorerWhatIfQuery['whatIf'];
export type StatsDeltaData = WhatIfData['delta'];
