// The GraphQL documents the explorer sends; their result and variable types are generated from the schema
// (src/api/generated/operations.ts, `pnpm --filter @siheung/explorer codegen`).
import type {
  ExplorerGraphQuery,
  ExplorerGraphQueryVariables,
  ExplorerHubsQuery,
  ExplorerHubsQueryVariables,
  ExplorerNeighborhoodQuery,
  ExplorerNeighborhoodQueryVariables,
  ExplorerOrganizationLabelQuery,
  ExplorerOrganizationLabelQueryVariables,
  ExplorerOrganizationQuery,
  ExplorerOrganizationQueryVariables,
  ExplorerPathsQuery,
  ExplorerPathsQueryVariables,
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
} from './generated/operations';
import { typedDocument } from './graphql-client';

// Fragments are plain strings appended to the documents that use them; codegen finds each one by its
// `/* GraphQL */` comment and resolves the spreads across the file.

const GRAPH_PAYLOAD_FIELDS = /* GraphQL */ `
  fragment GraphPayloadFields on GraphPayload {
    nodes {
      id
      label
      labelEn
      kind
      hub
      sector
      synthetic
      degree
      distance
    }
    edges {
      id
      source
      target
      kind
      since
      until
      weight
      title
    }
    truncated
  }
`;

const PATH_ORGANIZATION_FIELDS = /* GraphQL */ `
  fragment PathOrganizationFields on Organization {
    id
    name
    nameEn
    kind
    synthetic
    degree
    hub {
      id
    }
  }
`;

const LINK_EVIDENCE_FIELDS = /* GraphQL */ `
  fragment LinkEvidenceFields on Collaboration {
    id
    kind
    since
    until
    weight
    title
    source
    synthetic
    from {
      id
    }
    to {
      id
    }
  }
`;

/**
 * One collaboration path as the canvas draws it: the path finder's paths and a partner match's introduction
 * paths both use it, so both draw the same. It carries the fragments it spreads: append only this one.
 */
export const COLLABORATION_PATH_FIELDS = /* GraphQL */ `
  fragment CollaborationPathFields on CollaborationPath {
    length
    organizations {
      ...PathOrganizationFields
    }
    steps {
      from {
        id
      }
      to {
        id
      }
      links {
        ...LinkEvidenceFields
      }
    }
  }
  ${PATH_ORGANIZATION_FIELDS}
  ${LINK_EVIDENCE_FIELDS}
`;

export const GRAPH_QUERY = typedDocument<ExplorerGraphQuery, ExplorerGraphQueryVariables>(
  'ExplorerGraph',
  /* GraphQL */ `
    query ExplorerGraph($filter: NetworkFilter, $limit: Int) {
      graph(filter: $filter, limit: $limit) {
        ...GraphPayloadFields
      }
    }
    ${GRAPH_PAYLOAD_FIELDS}
  `,
);

export const NEIGHBORHOOD_QUERY = typedDocument<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>(
  'ExplorerNeighborhood',
  /* GraphQL */ `
    query ExplorerNeighborhood($id: ID!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
      neighborhood(id: $id, depth: $depth, filter: $filter, limit: $limit) {
        ...GraphPayloadFields
      }
    }
    ${GRAPH_PAYLOAD_FIELDS}
  `,
);

export const ORGANIZATION_QUERY = typedDocument<ExplorerOrganizationQuery, ExplorerOrganizationQueryVariables>(
  'ExplorerOrganization',
  /* GraphQL */ `
    query ExplorerOrganization($id: ID!, $withPrivate: Boolean!) {
      organization(id: $id) {
        id
        name
        nameEn
        aliases
        kind
        status
        founded
        employees
        website
        description
        descriptionEn
        synthetic
        source
        importedAt
        updatedAt
        degree
        hub {
          id
          name
          nameEn
        }
        capabilities {
          id
          name
          nameEn
          broader {
            id
            name
            nameEn
          }
        }
        # The demand survey is staff-only: a public caller asking for it would lose the whole organisation.
        needs @include(if: $withPrivate) {
          priority
          source
          capability {
            id
            name
            nameEn
          }
        }
        partners {
          kinds
          years
          since
          weight
          organization {
            id
            name
            nameEn
            kind
            synthetic
          }
          links {
            id
            kind
            since
            until
            source
            synthetic
          }
        }
        events {
          role
          event {
            id
            name
            nameEn
            date
            type
          }
        }
        projects {
          role
          project {
            id
            title
            titleEn
            funder
            startYear
            endYear
          }
        }
      }
    }
  `,
);

export const ORGANIZATION_LABEL_QUERY = typedDocument<
  ExplorerOrganizationLabelQuery,
  ExplorerOrganizationLabelQueryVariables
>(
  'ExplorerOrganizationLabel',
  /* GraphQL */ `
    query ExplorerOrganizationLabel($id: ID!) {
      organization(id: $id) {
        id
        name
        nameEn
        kind
      }
    }
  `,
);

export const SEARCH_QUERY = typedDocument<ExplorerSearchQuery, ExplorerSearchQueryVariables>(
  'ExplorerSearch',
  /* GraphQL */ `
    query ExplorerSearch($text: String!, $first: Int) {
      search(text: $text, kinds: [ORGANIZATION], first: $first) {
        id
        name
        nameEn
        match
        matchedText
        score
        node {
          ... on Organization {
            kind
            synthetic
            hub {
              id
              name
              nameEn
            }
          }
        }
      }
    }
  `,
);

export const PATHS_QUERY = typedDocument<ExplorerPathsQuery, ExplorerPathsQueryVariables>(
  'ExplorerPaths',
  /* GraphQL */ `
    query ExplorerPaths($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $linkKinds: [LinkKind!]) {
      collaborationPaths(from: $from, to: $to, k: $k, maxHops: $maxHops, linkKinds: $linkKinds) {
        ...CollaborationPathFields
      }
    }
    ${COLLABORATION_PATH_FIELDS}
  `,
);

export const HUBS_QUERY = typedDocument<ExplorerHubsQuery, ExplorerHubsQueryVariables>(
  'ExplorerHubs',
  /* GraphQL */ `
    query ExplorerHubs {
      hubs {
        id
        name
        nameEn
      }
    }
  `,
);
