// What the partner-matches panel loads, each one resource of the store (see resources.ts): the ranked candidates,
// the organisation they are for (name and needs), the introducers of the chosen candidate and its search box.
import type { OrganizationHit } from '../api/api-types';
import type { Introducer, MatchOrganization, PartnerMatch } from '../api/matches-queries';

export interface MatchesResourceData {
  matches: PartnerMatch[];
  'matches.org': MatchOrganization;
  'matches.introducers': Introducer[];
  'search.matchFor': OrganizationHit[];
}

export const MATCHES_RESOURCE_NAMES = ['matches', 'matches.org', 'matches.introducers', 'search.matchFor'] as const satisfies readonly (keyof MatchesResourceData)[];
