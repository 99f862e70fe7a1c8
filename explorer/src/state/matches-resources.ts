// What the partner-matches panel loads, each one resource of the store (see resources.ts): the ranked candidates,
// the organisation they are for (name and needs), the introducers of the chosen candidate, the ranking's weights and
// its search box.
import type { OrganizationHit } from '../api/api-types';
import type { Introducer, MatchingWeights, MatchOrganization, PartnerMatch } from '../api/matches-queries';

export interface MatchesResourceData {
  matches: PartnerMatch[];
  'matches.org': MatchOrganization;
  'matches.introducers': Introducer[];
  /** The weights the ranking uses today and how they were learnt (staff only, like the matches). */
  'matches.weights': MatchingWeights;
  'search.matchFor': OrganizationHit[];
}

export const MATCHES_RESOURCE_NAMES = [
  'matches',
  'matches.org',
  'matches.introducers',
  'matches.weights',
  'search.matchFor',
] as const satisfies readonly (keyof MatchesResourceData)[];
