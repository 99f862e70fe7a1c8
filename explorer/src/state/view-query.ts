// Which request the canvas needs for the current state: a pure function, so what is on screen follows from the state
// alone.
import type { LinkKind, NetworkFilter } from '../api/api-types';
import type { AppState, NetworkFilters } from './app-state';
import { matchesVariablesOf, type MatchesVariables } from './matches-query';

/** The API's own defaults and caps (graph: 2,000 of at most 5,000; neighbourhood: 200 of at most 1,000). */
export const VIEW_LIMITS = {
  network: { initial: 2000, max: 5000 },
  neighbourhood: { initial: 200, max: 1000 },
} as const;

export type ViewQuery =
  | { kind: 'network'; filter: NetworkFilter | null; limit: number; expanded: string[] }
  | {
      kind: 'neighbourhood';
      centre: string;
      depth: number;
      filter: NetworkFilter | null;
      limit: number;
      expanded: string[];
    }
  | { kind: 'paths'; from: string; to: string; k: number; maxHops: number; linkKinds: LinkKind[] | null }
  /** A partner match's introduction paths: taken from the same partnerMatches answer the panel lists. */
  | { kind: 'introduction'; matches: MatchesVariables; candidate: string }
  /** Nothing to ask: the path finder lacks an end, or a filter has nothing ticked. */
  | { kind: 'none'; reason: 'pathEnds' | 'emptyFilter' };

/** The server-side part of the filters; the year range and the as-of date are applied in the page. */
export function networkFilterOf(filters: NetworkFilters): NetworkFilter | null {
  const filter: NetworkFilter = {};
  if (filters.orgKinds !== null) filter.orgKinds = filters.orgKinds;
  if (filters.hubs !== null) filter.hubs = filters.hubs;
  if (filters.linkKinds !== null) filter.linkKinds = filters.linkKinds;
  return Object.keys(filter).length === 0 ? null : filter;
}

function hasEmptyChoice(filters: NetworkFilters): boolean {
  return [filters.orgKinds, filters.hubs, filters.linkKinds].some((list) => list !== null && list.length === 0);
}

export function viewLimitKind(state: Pick<AppState, 'explore'>): keyof typeof VIEW_LIMITS {
  return state.explore.centre === null ? 'network' : 'neighbourhood';
}

export function viewQueryOf(state: AppState): ViewQuery {
  if (state.mode === 'paths') {
    const { from, to, k, maxHops, linkKinds } = state.paths;
    if (from === null || to === null || from === to) return { kind: 'none', reason: 'pathEnds' };
    if (linkKinds !== null && linkKinds.length === 0) return { kind: 'none', reason: 'emptyFilter' };
    return { kind: 'paths', from, to, k, maxHops, linkKinds };
  }
  if (state.mode === 'matches' && state.matches.candidate !== null) {
    const matches = matchesVariablesOf(state.matches);
    if (matches !== null) return { kind: 'introduction', matches, candidate: state.matches.candidate };
  }
  if (hasEmptyChoice(state.filters)) return { kind: 'none', reason: 'emptyFilter' };
  const filter = networkFilterOf(state.filters);
  const { centre, depth, expanded, limit } = state.explore;
  if (centre === null) {
    return { kind: 'network', filter, limit: limit ?? VIEW_LIMITS.network.initial, expanded };
  }
  return { kind: 'neighbourhood', centre, depth, filter, limit: limit ?? VIEW_LIMITS.neighbourhood.initial, expanded };
}

/** The resource key of a query: equal queries give equal keys (lists are kept in a fixed order by the actions). */
export function viewKeyOf(query: ViewQuery): string | null {
  return query.kind === 'none' ? null : JSON.stringify(query);
}
