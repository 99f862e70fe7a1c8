// The explorer's one typed UI store: the reducer that runs every domain's share of an action, and a tiny subscribable
// store.
import { createDefaultState, type AppState } from './app-state';
import type { AppAction } from './actions/app-action';
import { reduceCanvas } from './actions/canvas';
import { reduceDashboard } from './actions/dashboard';
import { reduceFilters } from './actions/filters';
import { reduceLanguage } from './actions/language';
import { reduceMatches } from './actions/matches';
import { reduceMode } from './actions/mode';
import { reducePaths } from './actions/paths';
import { reduceResources } from './actions/resources';
import { reduceSearch } from './actions/search';
import { reduceSelection } from './actions/selection';
import { reduceTimeline } from './actions/timeline';

export { actions, type AppAction } from './actions/app-action';
export { createDefaultState, type AppState } from './app-state';

const REDUCERS: readonly ((state: AppState, action: AppAction) => AppState)[] = [
  reduceLanguage,
  reduceMode,
  reduceSelection,
  reduceCanvas,
  reduceFilters,
  reduceTimeline,
  reducePaths,
  reduceSearch,
  reduceResources,
  reduceDashboard,
  reduceMatches,
];

/** Each domain reducer returns the state unchanged for actions that are not its own. */
export function reduce(state: AppState, action: AppAction): AppState {
  return REDUCERS.reduce((current, reducer) => reducer(current, action), state);
}

export type Dispatch = (action: AppAction) => void;

export interface AppStore {
  getState(): AppState;
  dispatch: Dispatch;
  subscribe(listener: () => void): () => void;
}

/** Shaped for React's useSyncExternalStore: no dependency, and usable without React in tests. */
export function createAppStore(initial: AppState = createDefaultState()): AppStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
