// The network filters: organisation kinds, hubs and link kinds (asked of the API) and a year range (applied in the
// page).
import { LINK_KINDS, ORG_KINDS, type LinkKind, type OrgKind } from '../../api/api-types';
import type { AppState } from '../app-state';
import { toggleInList } from '../toggle-in-list';
import type { AppAction } from './app-action';

export type FilterAction =
  | { type: 'filters/toggleOrgKind'; kind: OrgKind }
  | { type: 'filters/toggleHub'; hub: string; allHubs: readonly string[] }
  | { type: 'filters/toggleLinkKind'; kind: LinkKind }
  | { type: 'filters/setYearRange'; from: number | null; to: number | null }
  | { type: 'filters/reset' };

export const filterActions = {
  toggleOrgKind: (kind: OrgKind): FilterAction => ({ type: 'filters/toggleOrgKind', kind }),
  /** `allHubs` are the hubs offered (they come from the API), so "every hub ticked" can become "any hub" again. */
  toggleHub: (hub: string, allHubs: readonly string[]): FilterAction => ({ type: 'filters/toggleHub', hub, allHubs }),
  toggleLinkKind: (kind: LinkKind): FilterAction => ({ type: 'filters/toggleLinkKind', kind }),
  setYearRange: (from: number | null, to: number | null): FilterAction => ({ type: 'filters/setYearRange', from, to }),
  resetFilters: (): FilterAction => ({ type: 'filters/reset' }),
};

/** A new filter set changes what the API is asked for, so a raised limit starts over. */
function withFilters(state: AppState, filters: AppState['filters'], resetLimit: boolean): AppState {
  return { ...state, filters, explore: resetLimit ? { ...state.explore, limit: null } : state.explore };
}

export function reduceFilters(state: AppState, action: AppAction): AppState {
  const filters = state.filters;
  switch (action.type) {
    case 'filters/toggleOrgKind':
      return withFilters(state, { ...filters, orgKinds: toggleInList(filters.orgKinds, action.kind, ORG_KINDS) }, true);
    case 'filters/toggleHub':
      return withFilters(state, { ...filters, hubs: toggleInList(filters.hubs, action.hub, action.allHubs) }, true);
    case 'filters/toggleLinkKind':
      return withFilters(
        state,
        { ...filters, linkKinds: toggleInList(filters.linkKinds, action.kind, LINK_KINDS) },
        true,
      );
    case 'filters/setYearRange': {
      let { from, to } = action;
      if (from !== null && to !== null && from > to) [from, to] = [to, from];
      if (from === filters.yearFrom && to === filters.yearTo) return state;
      return withFilters(state, { ...filters, yearFrom: from, yearTo: to }, false);
    }
    case 'filters/reset':
      return withFilters(state, { orgKinds: null, hubs: null, linkKinds: null, yearFrom: null, yearTo: null }, true);
    default:
      return state;
  }
}
