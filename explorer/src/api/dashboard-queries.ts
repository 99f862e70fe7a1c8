// The GraphQL documents of the policy dashboard (network analytics); their types are generated with the others
// (src/api/generated/operations.ts, `pnpm --filter @siheung/explorer codegen`).
import type {
  ExplorerBrokersQuery,
  ExplorerBrokersQueryVariables,
  ExplorerCentralityQuery,
  ExplorerCentralityQueryVariables,
  ExplorerCommunitiesQuery,
  ExplorerCommunitiesQueryVariables,
  ExplorerDataYearsQuery,
  ExplorerDataYearsQueryVariables,
  ExplorerDensityMatrixQuery,
  ExplorerDensityMatrixQueryVariables,
  ExplorerNetworkStatsQuery,
  ExplorerNetworkStatsQueryVariables,
  ExplorerNetworkTrendQuery,
  ExplorerNetworkTrendQueryVariables,
  ExplorerWhatIfQuery,
  ExplorerWhatIfQueryVariables,
} from './generated/operations';
import { typedDocument } from './graphql-client';

const NETWORK_STATS_FIELDS = /* GraphQL */ `
  fragment NetworkStatsFields on NetworkStats {
    asOf
    organizations
    links
    density
    averageDegree
    components
    largestComponentSize
    largestComponentShare
    isolates
    averageClustering
    transitivity
    averageShortestPath
    diameter
    pathsExact
    pathSources
    modularity
    communities
  }
`;

const RANKED_ORGANIZATION_FIELDS = /* GraphQL */ `
  fragment RankedOrganizationFields on Organization {
    id
    name
    nameEn
    kind
    synthetic
    hub {
      id
      name
      nameEn
    }
  }
`;

export const NETWORK_STATS_QUERY = typedDocument<ExplorerNetworkStatsQuery, ExplorerNetworkStatsQueryVariables>(
  'ExplorerNetworkStats',
  /* GraphQL */ `
    query ExplorerNetworkStats($scope: AnalyticsScope, $asOf: String) {
      networkStats(scope: $scope, asOf: $asOf) {
        ...NetworkStatsFields
      }
    }
    ${NETWORK_STATS_FIELDS}
  `,
);

export const DENSITY_MATRIX_QUERY = typedDocument<ExplorerDensityMatrixQuery, ExplorerDensityMatrixQueryVariables>(
  'ExplorerDensityMatrix',
  /* GraphQL */ `
    query ExplorerDensityMatrix($by: DensityGrouping!, $scope: AnalyticsScope, $asOf: String) {
      densityMatrix(by: $by, scope: $scope, asOf: $asOf) {
        by
        asOf
        groups {
          index
          key
          name
          nameEn
          size
        }
        cells {
          row
          column
          links
          possible
          density
        }
      }
    }
  `,
);

export const NETWORK_TREND_QUERY = typedDocument<ExplorerNetworkTrendQuery, ExplorerNetworkTrendQueryVariables>(
  'ExplorerNetworkTrend',
  /* GraphQL */ `
    query ExplorerNetworkTrend($from: String!, $to: String!, $scope: AnalyticsScope) {
      networkTrend(from: $from, to: $to, step: YEAR, scope: $scope) {
        periods {
          label
          asOf
          stats {
            organizations
            links
            density
          }
          change {
            newLinks
            endedLinks
            newOrganizations
          }
        }
      }
    }
  `,
);

/** The years the scoped network's links begin in: where the trend starts. */
export const DATA_YEARS_QUERY = typedDocument<ExplorerDataYearsQuery, ExplorerDataYearsQueryVariables>(
  'ExplorerDataYears',
  /* GraphQL */ `
    query ExplorerDataYears($filter: NetworkFilter, $limit: Int) {
      graph(filter: $filter, limit: $limit) {
        edges {
          since
        }
      }
    }
  `,
);

export const CENTRALITY_QUERY = typedDocument<ExplorerCentralityQuery, ExplorerCentralityQueryVariables>(
  'ExplorerCentrality',
  /* GraphQL */ `
    query ExplorerCentrality($metric: CentralityMetric!, $scope: AnalyticsScope, $asOf: String, $top: Int) {
      centrality(metric: $metric, scope: $scope, asOf: $asOf, top: $top) {
        metric
        exact
        samplePivots
        entries {
          rank
          value
          degree
          organization {
            ...RankedOrganizationFields
          }
        }
      }
    }
    ${RANKED_ORGANIZATION_FIELDS}
  `,
);

export const BROKERS_QUERY = typedDocument<ExplorerBrokersQuery, ExplorerBrokersQueryVariables>(
  'ExplorerBrokers',
  /* GraphQL */ `
    query ExplorerBrokers($scope: AnalyticsScope, $asOf: String, $top: Int) {
      brokers(scope: $scope, asOf: $asOf, top: $top) {
        exact
        samplePivots
        brokers {
          rank
          betweenness
          degree
          crossHubLinks
          crossKindLinks
          crossSectorLinks
          organization {
            ...RankedOrganizationFields
          }
          reasons {
            code
            value
            text
            textEn
          }
        }
      }
    }
    ${RANKED_ORGANIZATION_FIELDS}
  `,
);

export const COMMUNITIES_QUERY = typedDocument<ExplorerCommunitiesQuery, ExplorerCommunitiesQueryVariables>(
  'ExplorerCommunities',
  /* GraphQL */ `
    query ExplorerCommunities($scope: AnalyticsScope, $asOf: String) {
      communities(scope: $scope, asOf: $asOf) {
        modularity
        count
        communities {
          id
          size
          memberIds
          internalLinks
          externalLinks
          dominantHub {
            key
            name
            nameEn
            share
          }
          dominantKind {
            key
            name
            nameEn
            share
          }
        }
      }
    }
  `,
);

export const WHAT_IF_QUERY = typedDocument<ExplorerWhatIfQuery, ExplorerWhatIfQueryVariables>(
  'ExplorerWhatIf',
  /* GraphQL */ `
    query ExplorerWhatIf($links: [ProposedLink!]!, $scope: AnalyticsScope, $asOf: String) {
      whatIf(links: $links, scope: $scope, asOf: $asOf) {
        links {
          from
          to
          alreadyLinked
          joinsComponents
        }
        before {
          ...NetworkStatsFields
        }
        after {
          ...NetworkStatsFields
        }
        delta {
          organizations
          links
          density
          averageDegree
          components
          largestComponentSize
          largestComponentShare
          isolates
          averageClustering
          transitivity
          averageShortestPath
          diameter
          modularity
          communities
        }
      }
    }
    ${NETWORK_STATS_FIELDS}
  `,
);
