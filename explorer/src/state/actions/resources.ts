// The system's side of loading: a resource asked for, loaded, failed, retried or no longer needed.
import type { AppState } from '../app-state';
import { emptyResource, type LoadError, type Resource, type ResourceData, type ResourceName } from '../resources';
import type { AppAction } from './app-action';

export type ResourceAction =
  | { type: 'resource/requested'; name: ResourceName; key: string }
  | { type: 'resource/loaded'; name: ResourceName; key: string; data: ResourceData[ResourceName] }
  | { type: 'resource/failed'; name: ResourceName; key: string; error: LoadError }
  | { type: 'resource/retried'; name: ResourceName }
  | { type: 'resource/cleared'; name: ResourceName };

export const resourceActions = {
  resourceRequested: (name: ResourceName, key: string): ResourceAction => ({ type: 'resource/requested', name, key }),
  resourceLoaded: <K extends ResourceName>(name: K, key: string, data: ResourceData[K]): ResourceAction => ({
    type: 'resource/loaded',
    name,
    key,
    data,
  }),
  resourceFailed: (name: ResourceName, key: string, error: LoadError): ResourceAction => ({
    type: 'resource/failed',
    name,
    key,
    error,
  }),
  /** Ask again for the same key (after a retryable failure, or the user's "try again"). */
  retryResource: (name: ResourceName): ResourceAction => ({ type: 'resource/retried', name }),
  resourceCleared: (name: ResourceName): ResourceAction => ({ type: 'resource/cleared', name }),
};

function withResource(state: AppState, name: ResourceName, resource: Resource<unknown>): AppState {
  return { ...state, resources: { ...state.resources, [name]: resource } };
}

export function reduceResources(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'resource/requested': {
      const current = state.resources[action.name] as Resource<unknown>;
      // Data and error stay while the request runs: the canvas keeps its graph and the banner does not flicker.
      return withResource(state, action.name, { ...current, key: action.key, status: 'loading' });
    }
    case 'resource/loaded': {
      const current = state.resources[action.name] as Resource<unknown>;
      if (current.key !== action.key) return state; // an answer to a question no longer asked
      return withResource(state, action.name, { ...current, status: 'ready', data: action.data, error: null });
    }
    case 'resource/failed': {
      const current = state.resources[action.name] as Resource<unknown>;
      if (current.key !== action.key) return state;
      return withResource(state, action.name, { ...current, status: 'error', error: action.error });
    }
    case 'resource/retried': {
      const current = state.resources[action.name] as Resource<unknown>;
      return withResource(state, action.name, { ...current, attempt: current.attempt + 1 });
    }
    case 'resource/cleared': {
      const current = state.resources[action.name] as Resource<unknown>;
      if (current.key === null && current.status === 'idle') return state;
      return withResource(state, action.name, { ...emptyResource(), attempt: current.attempt });
    }
    default:
      return state;
  }
}
