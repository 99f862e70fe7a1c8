// The authorization policy, in one place: the least role for every Query and Mutation field, for the private fields of
// object and input types, and for the HTTP routes beside /graphql. Enforced by apply-policy.ts (GraphQL) and
// use-graph-export.ts (exports); docs/authorization.md is generated from it (pnpm --filter @siheung/graph-api
// authz:print).
import type { Role } from './actor.ts';

const PUBLIC_READS = [
  'ok',
  'viewer',
  'search',
  'organization',
  'organizations',
  'hub',
  'hubs',
  'capability',
  'capabilities',
  'event',
  'events',
  'program',
  'programs',
  'project',
  'projects',
  'collaboration',
  'graph',
  'neighborhood',
  'collaborationPaths',
  'introducers',
  'networkStats',
  'networkTrend',
  'centrality',
  'brokers',
  'communities',
  'densityMatrix',
  'collaborationMix',
  'whatIf',
] as const;

/** Every Query field (a new one fails policy.test.ts until it is listed here). */
export const QUERY_POLICY: Readonly<Record<string, Role>> = {
  ...Object.fromEntries(PUBLIC_READS.map((field) => [field, 'public'])),
  // Ranked from the demand survey (needs) and the secretariat's feedback: both private.
  partnerMatches: 'staff',
  // Learnt with capability fit, i.e. from the survey's needs.
  matchingWeights: 'staff',
  apiKeys: 'admin',
  auditLog: 'admin',
};

/** Every Mutation field (a new one fails policy.test.ts until it is listed here). */
export const MUTATION_POLICY: Readonly<Record<string, Role>> = {
  upsertOrganization: 'staff',
  addCollaboration: 'staff',
  endCollaboration: 'staff',
  setCapabilities: 'staff',
  setNeeds: 'staff',
  recordAttendance: 'staff',
  importData: 'staff',
  recordMatchFeedback: 'staff',
  createApiKey: 'admin',
  revokeApiKey: 'admin',
};

/**
 * Object fields above public; every other field of an object type is public (it is reached only through the fields
 * above).
 */
export const PRIVATE_FIELDS: Readonly<Record<string, Role>> = {
  // The demand survey (수요조사): what each organisation needs is given in confidence.
  'Organization.needs': 'staff',
  'Capability.neededBy': 'staff',
  // The name of the API key that made the last edit: a member of staff, not public information.
  'Organization.updatedBy': 'staff',
  // The secretariat's notes about contacts.
  'MatchFeedback.note': 'staff',
  'MatchFeedback.recordedBy': 'staff',
  'PartnerMatch.feedback': 'staff',
};

/** Input fields above public: giving them (e.g. filtering organisations by need) would reveal private data. */
export const PRIVATE_INPUT_FIELDS: Readonly<Record<string, Role>> = {
  'OrganizationFilter.needs': 'staff',
};

/** HTTP routes beside /graphql. */
export const ROUTE_POLICY: Readonly<Record<string, Role>> = {
  '/export/*': 'researcher',
};

/**
 * The least role for a field coordinate (`Query.x`, `Mutation.y`, `Type.field`, `Input.field`: public when not listed)
 * or a route (`/export/*`). An unlisted Query or Mutation field or route needs admin, so nothing new is open by
 * mistake.
 */
export function requiredRole(coordinate: string): Role {
  if (coordinate.startsWith('/')) return ROUTE_POLICY[coordinate] ?? 'admin';
  const [type, field] = coordinate.split('.') as [string, string];
  if (type === 'Query') return QUERY_POLICY[field] ?? 'admin';
  if (type === 'Mutation') return MUTATION_POLICY[field] ?? 'admin';
  return PRIVATE_FIELDS[coordinate] ?? PRIVATE_INPUT_FIELDS[coordinate] ?? 'public';
}
