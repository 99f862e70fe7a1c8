// The explorer's one typed UI store: state shape, default-state factory, named actions, reducer and a tiny subscribable store.
import type { ApiErrorCode } from '../api/api-error';
import type { GraphPayload } from '../api/schema-types';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface LoadError {
  code: ApiErrorCode;
  message: string;
  /** Whether the page retries by itself (database down, server not reachable yet). */
  retryable: boolean;
}

export interface AppState {
  language: Language;
  status: LoadStatus;
  /** The last graph that loaded; kept while a later reload fails, so the map does not vanish. */
  graph: GraphPayload | null;
  /** The last failure; kept while a retry is in flight so the banner does not flicker. */
  error: LoadError | null;
  /** Bumped to ask for a (re)load of the graph; the data controller loads whenever it changes. */
  loadRequest: number;
}

export function createDefaultState(overrides: Partial<AppState> = {}): AppState {
  return {
    language: DEFAULT_LANGUAGE,
    status: 'loading',
    graph: null,
    error: null,
    loadRequest: 0,
    ...overrides,
  };
}

export type AppAction =
  | { type: 'language/set'; language: Language }
  | { type: 'graph/reloadRequested' }
  | { type: 'graph/requested' }
  | { type: 'graph/loaded'; graph: GraphPayload }
  | { type: 'graph/failed'; error: LoadError };

/** Named action creators: each user or system operation is one of these. */
export const actions = {
  setLanguage: (language: Language): AppAction => ({ type: 'language/set', language }),
  reloadGraph: (): AppAction => ({ type: 'graph/reloadRequested' }),
  graphRequested: (): AppAction => ({ type: 'graph/requested' }),
  graphLoaded: (graph: GraphPayload): AppAction => ({ type: 'graph/loaded', graph }),
  graphFailed: (error: LoadError): AppAction => ({ type: 'graph/failed', error }),
};

export function reduce(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'language/set':
      return state.language === action.language ? state : { ...state, language: action.language };
    case 'graph/reloadRequested':
      return { ...state, loadRequest: state.loadRequest + 1 };
    case 'graph/requested':
      return { ...state, status: 'loading' };
    case 'graph/loaded':
      return { ...state, status: 'ready', graph: action.graph, error: null };
    case 'graph/failed':
      return { ...state, status: 'error', error: action.error };
  }
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
