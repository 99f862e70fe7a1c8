// The path finder's question: from which organisation to which, how many paths, how long, over which link kinds.
import { LINK_KINDS, type LinkKind } from '../../api/api-types';
import type { AppState, PathEnd } from '../app-state';
import { toggleInList } from '../toggle-in-list';
import type { AppAction } from './app-action';
import { reduceMode } from './mode';

export type PathAction =
  | { type: 'paths/setEnd'; end: PathEnd; id: string | null }
  | { type: 'paths/swap' }
  | { type: 'paths/setK'; k: number }
  | { type: 'paths/setMaxHops'; maxHops: number }
  | { type: 'paths/toggleLinkKind'; kind: LinkKind }
  | { type: 'paths/findFrom'; id: string }
  | { type: 'paths/highlight'; index: number };

/** The API's bounds: 1–5 paths, 1–6 hops. */
export const PATH_K_RANGE = { min: 1, max: 5 } as const;
export const MAX_HOPS_RANGE = { min: 1, max: 6 } as const;

export const pathActions = {
  setPathEnd: (end: PathEnd, id: string | null): PathAction => ({ type: 'paths/setEnd', end, id }),
  swapPathEnds: (): PathAction => ({ type: 'paths/swap' }),
  setPathCount: (k: number): PathAction => ({ type: 'paths/setK', k }),
  setMaxHops: (maxHops: number): PathAction => ({ type: 'paths/setMaxHops', maxHops }),
  togglePathLinkKind: (kind: LinkKind): PathAction => ({ type: 'paths/toggleLinkKind', kind }),
  /** "Find paths from here" on an organisation: open the path finder with it as the start. */
  findPathsFrom: (id: string): PathAction => ({ type: 'paths/findFrom', id }),
  /** Draw this one of the found paths highlighted. */
  highlightPath: (index: number): PathAction => ({ type: 'paths/highlight', index }),
};

const clamp = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, Math.round(value)));

export function reducePaths(state: AppState, action: AppAction): AppState {
  const paths = state.paths;
  switch (action.type) {
    case 'paths/setEnd':
      return paths[action.end] === action.id
        ? state
        : { ...state, paths: { ...paths, [action.end]: action.id, highlighted: 0 } };
    case 'paths/swap':
      return { ...state, paths: { ...paths, from: paths.to, to: paths.from, highlighted: 0 } };
    case 'paths/highlight':
      return paths.highlighted === action.index
        ? state
        : { ...state, paths: { ...paths, highlighted: Math.max(0, action.index) } };
    case 'paths/setK': {
      const k = clamp(action.k, PATH_K_RANGE);
      return k === paths.k ? state : { ...state, paths: { ...paths, k } };
    }
    case 'paths/setMaxHops': {
      const maxHops = clamp(action.maxHops, MAX_HOPS_RANGE);
      return maxHops === paths.maxHops ? state : { ...state, paths: { ...paths, maxHops } };
    }
    case 'paths/toggleLinkKind':
      return { ...state, paths: { ...paths, linkKinds: toggleInList(paths.linkKinds, action.kind, LINK_KINDS) } };
    case 'paths/findFrom': {
      const inPaths = reduceMode(state, { type: 'mode/set', mode: 'paths' });
      const to = paths.to === action.id ? null : paths.to;
      return { ...inPaths, paths: { ...paths, from: action.id, to, highlighted: 0 } };
    }
    default:
      return state;
  }
}
