// The GraphQL documents the explorer sends, each with its result and variable types.
import { typedDocument } from './graphql-client';
import type { GraphPayload, Organization, OrganizationConnection } from './schema-types';

/** Default bound on the whole-network query; the server also caps it and sets `truncated`. */
export const GRAPH_LIMIT = 2000;

export interface GraphQueryResult {
  graph: GraphPayload;
}
export interface GraphQueryVariables {
  limit?: number;
}
export const GRAPH_QUERY = typedDocument<GraphQueryResult, GraphQueryVariables>(
  'ExplorerGraph',
  /* GraphQL */ `
    query ExplorerGraph($limit: Int) {
      graph(limit: $limit) {
        nodes { id label labelEn kind hub synthetic }
        edges { id source target kind since until weight }
        truncated
      }
    }
  `,
);

const ORGANIZATION_FIELDS = /* GraphQL */ `
  id name nameEn aliases kind
  hub { id name nameEn }
  founded employees description website synthetic source
`;

export interface OrganizationQueryResult {
  organization: Organization | null;
}
export interface OrganizationQueryVariables {
  id: string;
}
export const ORGANIZATION_QUERY = typedDocument<OrganizationQueryResult, OrganizationQueryVariables>(
  'ExplorerOrganization',
  /* GraphQL */ `
    query ExplorerOrganization($id: ID!) {
      organization(id: $id) { ${ORGANIZATION_FIELDS} }
    }
  `,
);

export interface OrganizationsQueryResult {
  organizations: OrganizationConnection;
}
export interface OrganizationsQueryVariables {
  search?: string;
  first?: number;
}
export const ORGANIZATIONS_QUERY = typedDocument<OrganizationsQueryResult, OrganizationsQueryVariables>(
  'ExplorerOrganizations',
  /* GraphQL */ `
    query ExplorerOrganizations($search: String, $first: Int) {
      organizations(search: $search, first: $first) {
        totalCount
        edges { cursor node { ${ORGANIZATION_FIELDS} } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
);
