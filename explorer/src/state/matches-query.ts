// Which partnerMatches question the state asks: a pure function, so the list and the canvas's introduction path
// (which takes the candidate's paths from the same answer) always agree.
import type { ExplorerPartnerMatchesQueryVariables, MatchFilter } from '../api/generated/operations';
import { MATCH_COUNT, type MatchSettings } from './matches-state';

export type MatchesVariables = ExplorerPartnerMatchesQueryVariables;

export function matchesVariablesOf(settings: MatchSettings): MatchesVariables | null {
  if (settings.org === null) return null;
  if (
    (settings.hubs !== null && settings.hubs.length === 0) ||
    (settings.orgKinds !== null && settings.orgKinds.length === 0)
  )
    return null;
  const filter: MatchFilter = {};
  if (settings.hubs !== null) filter.hubs = settings.hubs;
  if (settings.orgKinds !== null) filter.orgKinds = settings.orgKinds;
  if (settings.includeExisting) filter.excludeExisting = false;
  return {
    orgId: settings.org,
    need: settings.need,
    first: MATCH_COUNT,
    filter: Object.keys(filter).length === 0 ? null : filter,
  };
}

/** The resource key: equal questions give equal keys (lists are kept in a fixed order by the actions). */
export function matchesKeyOf(variables: MatchesVariables | null): string | null {
  return variables === null ? null : JSON.stringify(variables);
}
