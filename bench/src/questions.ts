// The questions every side answers: GraphQL documents (ours and the @neo4j/graphql peer's) and the organisations
// they are asked about, picked deterministically from the generated graph.
export interface Question {
  name: string;
  query: string;
  /** One set of variables per organisation asked about; every side cycles through the same ones. */
  variables: Array<Record<string, unknown>>;
  /** Asked with an API key of this role (the others anonymously, as the public asks). */
  role?: 'staff';
}

const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 500) { truncated nodes { id label kind hub degree distance } edges {
    id source target kind since weight } }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  collaborationPaths(from: $from, to: $to, k: 3, maxHops: 6) {
    length organizations { id name kind }
    steps { from { id } to { id } links { id kind since } }
  }
}`;

/** The nested list question: a page of organisations with their hub, capabilities and partners. */
export const ORGANIZATIONS_PAGE = `query OrganizationsPage($first: Int!) {
  organizations(first: $first) {
    edges { node { id name nameEn kind hub { id name } capabilities { id name } partners { organization {
      id name } kinds } } }
  }
}`;

/** The same question in @neo4j/graphql's generated schema (see peer-type-defs.ts). */
export const PEER_ORGANIZATIONS_PAGE = `query OrganizationsPage($first: Int!) {
  organizations(limit: $first, sort: [{ name: ASC }]) {
    id name nameEn kind hub { id name } capabilities { id name } partners { id name }
  }
}`;

const MATCHES = `query Matches($id: ID!) {
  partnerMatches(orgId: $id, first: 10) { rank score candidate { id name kind } reasons { factor text } explanation }
}`;

/**
 * Organisation ids of the generated graph (GEN-ORG-00001…, at least five digits as seed/src/generate writes them),
 * spread over it: early ids are the old, well-linked hubs of preferential attachment, late ones the newcomers.
 */
export function sampleOrgIds(orgs: number, count: number): string[] {
  const step = Math.max(1, Math.floor(orgs / count));
  const width = Math.max(5, String(orgs).length);
  return Array.from(
    { length: Math.min(count, orgs) },
    (_, index) => `GEN-ORG-${String(index * step + 1).padStart(width, '0')}`,
  );
}

export function apiQuestions(orgs: number, variants: number): Question[] {
  const ids = sampleOrgIds(orgs, variants * 2);
  const centres = ids.slice(0, variants);
  return [
    { name: 'neighborhood (depth 2)', query: NEIGHBORHOOD, variables: centres.map((id) => ({ id })) },
    {
      name: 'collaborationPaths (k 3)',
      query: PATHS,
      variables: centres.map((from, index) => ({ from, to: ids[variants + index] })),
    },
    { name: 'organizations page (20, nested)', query: ORGANIZATIONS_PAGE, variables: [{ first: 20 }] },
    { name: 'partnerMatches (10)', query: MATCHES, variables: centres.map((id) => ({ id })), role: 'staff' },
  ];
}
