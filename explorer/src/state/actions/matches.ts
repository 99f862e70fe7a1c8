// The partner-matches operations: find partners for an organisation, draw a candidate's introduction path, and
// narrow the candidates (need, hubs, kinds, existing partners). A changed question forgets the drawn candidate.
import { ORG_KINDS, type OrgKind } from '../../api/api-types';
import type { AppState, LayoutName } from '../app-state';
import type { MatchSettings } from '../matches-state';
import { createMatchSettings } from '../matches-state';
import { toggleInList } from '../toggle-in-list';
import type { AppAction } from './app-action';

export type MatchAction =
  | { type: 'matches/findFor'; id: string }
  | { type: 'matches/clearOrg' }
  | { type: 'matches/chooseCandidate'; id: string | null }
  | { type: 'matches/setNeed'; need: string | null }
  | { type: 'matches/toggleHub'; hub: string; allHubs: readonly string[] }
  | { type: 'matches/toggleKind'; kind: OrgKind }
  | { type: 'matches/setIncludeExisting'; on: boolean };

export const matchActions = {
  /** Open the partner matches for this organisation (from its search box or its details). */
  findPartnersFor: (id: string): MatchAction => ({ type: 'matches/findFor', id }),
  /** Choose another organisation to match (its search box comes back). */
  clearMatchOrganization: (): MatchAction => ({ type: 'matches/clearOrg' }),
  /** Draw this candidate's introduction paths on the canvas (null: back to the organisation's neighbourhood). */
  chooseMatchCandidate: (id: string | null): MatchAction => ({ type: 'matches/chooseCandidate', id }),
  setMatchNeed: (need: string | null): MatchAction => ({ type: 'matches/setNeed', need }),
  toggleMatchHub: (hub: string, allHubs: readonly string[]): MatchAction => ({
    type: 'matches/toggleHub',
    hub,
    allHubs,
  }),
  toggleMatchKind: (kind: OrgKind): MatchAction => ({ type: 'matches/toggleKind', kind }),
  setIncludeExisting: (on: boolean): MatchAction => ({ type: 'matches/setIncludeExisting', on }),
};

/** Paths read best breadth-first from the organisation; its neighbourhood reads best by force. */
function withLayout(state: AppState, layout: LayoutName): AppState['canvas'] {
  return state.canvas.layout === layout
    ? state.canvas
    : { ...state.canvas, layout, layoutRequest: state.canvas.layoutRequest + 1 };
}

function withQuestion(state: AppState, changes: Partial<MatchSettings>): AppState {
  const matches = { ...state.matches, ...changes, candidate: null };
  return { ...state, matches, canvas: state.matches.candidate === null ? state.canvas : withLayout(state, 'force') };
}

export function reduceMatches(state: AppState, action: AppAction): AppState {
  const matches = state.matches;
  switch (action.type) {
    case 'matches/findFor': {
      if (matches.org === action.id && state.mode === 'matches' && matches.candidate === null) return state;
      return {
        ...state,
        mode: 'matches',
        selected: action.id,
        explore: { ...state.explore, centre: action.id, expanded: [], limit: null },
        matches: {
          ...createMatchSettings(),
          hubs: matches.hubs,
          orgKinds: matches.orgKinds,
          includeExisting: matches.includeExisting,
          org: action.id,
        },
        canvas: { ...withLayout(state, 'force'), hidden: [] },
      };
    }
    case 'matches/clearOrg':
      return matches.org === null
        ? state
        : { ...withQuestion(state, {}), matches: { ...matches, org: null, candidate: null, need: null } };
    case 'matches/chooseCandidate': {
      if (matches.org === null || action.id === matches.org || action.id === matches.candidate) return state;
      const layout: LayoutName = action.id === null ? 'force' : 'breadthfirst';
      return {
        ...state,
        matches: { ...matches, candidate: action.id },
        // The first introduction path is the one drawn highlighted.
        paths: { ...state.paths, highlighted: 0 },
        canvas: withLayout(state, layout),
      };
    }
    case 'matches/setNeed':
      return matches.need === action.need ? state : withQuestion(state, { need: action.need });
    case 'matches/toggleHub':
      return withQuestion(state, { hubs: toggleInList(matches.hubs, action.hub, action.allHubs) });
    case 'matches/toggleKind':
      return withQuestion(state, { orgKinds: toggleInList(matches.orgKinds, action.kind, ORG_KINDS) });
    case 'matches/setIncludeExisting':
      return matches.includeExisting === action.on ? state : withQuestion(state, { includeExisting: action.on });
    default:
      return state;
  }
}
