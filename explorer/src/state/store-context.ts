// React access to the one UI store: the context that carries it and the hooks that read and change it.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState, AppStore, Dispatch } from './store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('explorer/state: useAppStore needs a <StoreContext.Provider> above it');
  return store;
}

/** Reads a slice of state; the selector must return existing values, not build new objects. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export function useDispatch(): Dispatch {
  return useAppStore().dispatch;
}
