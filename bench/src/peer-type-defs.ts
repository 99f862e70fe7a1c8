// Our labels and relationship types (cypher/schema, the load-*.cypher queries) as @neo4j/graphql type definitions:
// read-only, the fields the nested list questions ask for.
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Organization @node {
    id: ID!
    name: String!
    nameEn: String
    kind: String
    hub: Hub @relationship(type: "LOCATED_IN", direction: OUT)
    capabilities: [Capability!]! @relationship(type: "HAS_CAPABILITY", direction: OUT)
    # Collaborations are read as undirected everywhere in the product.
    partners: [Organization!]! @relationship(type: "COLLABORATES_WITH", direction: OUT, queryDirection: UNDIRECTED)
  }

  type Hub @node {
    id: ID!
    name: String!
  }

  type Capability @node {
    id: ID!
    name: String!
  }

  extend schema @query(read: true, aggregate: false) @mutation(operations: [])
`;
