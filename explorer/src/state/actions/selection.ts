// Choosing organisations: from the search, by clicking the canvas, re-centring, expanding, going deeper or wider.
import type { AppState } from '../app-state';
import { VIEW_LIMITS, viewLimitKind } from '../view-query';
import type { AppAction } from './app-action';

export type SelectionAction =
  | { type: 'selection/chooseOrganization'; id: string }
  | { type: 'selection/select'; id: string | null }
  | { type: 'selection/centre'; id: string }
  | { type: 'selection/showWholeNetwork' }
  | { type: 'selection/expand'; id: string }
  | { type: 'selection/setDepth'; depth: number }
  | { type: 'selection/loadMore' };

export const MAX_DEPTH = 3;

export const selectionActions = {
  /** A search suggestion was picked: show that organisation and its neighbourhood. */
  chooseOrganization: (id: string): SelectionAction => ({ type: 'selection/chooseOrganization', id }),
  /** A node was clicked (or the background: null): show its details, keep the view. */
  selectNode: (id: string | null): SelectionAction => ({ type: 'selection/select', id }),
  /** Make this organisation the centre of the view. */
  centreOnNode: (id: string): SelectionAction => ({ type: 'selection/centre', id }),
  showWholeNetwork: (): SelectionAction => ({ type: 'selection/showWholeNetwork' }),
  /** Add the node's neighbourhood to the view (double-click). */
  expandNode: (id: string): SelectionAction => ({ type: 'selection/expand', id }),
  setDepth: (depth: number): SelectionAction => ({ type: 'selection/setDepth', depth }),
  /** The API cut the view at its limit: ask for twice as many, up to the API's cap. */
  loadMore: (): SelectionAction => ({ type: 'selection/loadMore' }),
};

function centredOn(state: AppState, id: string): AppState {
  return {
    ...state,
    mode: state.mode === 'paths' ? 'explore' : state.mode,
    selected: id,
    explore: { ...state.explore, centre: id, expanded: [], limit: null },
    canvas: { ...state.canvas, hidden: state.canvas.hidden.filter((hidden) => hidden !== id) },
  };
}

export function reduceSelection(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'selection/chooseOrganization': {
      const next = centredOn(state, action.id);
      // A new subject: what was hidden in the last view means nothing here.
      return { ...next, canvas: { ...next.canvas, hidden: [] } };
    }
    case 'selection/select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'selection/centre':
      return state.explore.centre === action.id && state.mode !== 'paths'
        ? { ...state, selected: action.id }
        : centredOn(state, action.id);
    case 'selection/showWholeNetwork':
      if (state.explore.centre === null && state.explore.expanded.length === 0) return state;
      return { ...state, explore: { ...state.explore, centre: null, expanded: [], limit: null } };
    case 'selection/expand': {
      const { centre, expanded } = state.explore;
      const hidden = state.canvas.hidden.filter((id) => id !== action.id);
      if (action.id === centre || expanded.includes(action.id)) {
        return hidden.length === state.canvas.hidden.length ? state : { ...state, canvas: { ...state.canvas, hidden } };
      }
      return {
        ...state,
        explore: { ...state.explore, expanded: [...expanded, action.id] },
        canvas: { ...state.canvas, hidden },
      };
    }
    case 'selection/setDepth': {
      const depth = Math.min(MAX_DEPTH, Math.max(1, Math.round(action.depth)));
      return depth === state.explore.depth ? state : { ...state, explore: { ...state.explore, depth, limit: null } };
    }
    case 'selection/loadMore': {
      const limits = VIEW_LIMITS[viewLimitKind(state)];
      const current = state.explore.limit ?? limits.initial;
      const limit = Math.min(limits.max, current * 2);
      return limit === current ? state : { ...state, explore: { ...state.explore, limit } };
    }
    default:
      return state;
  }
}
