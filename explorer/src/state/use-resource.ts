// The one way a component loads data: ask when the key changes or a retry is due, record the outcome in the store,
// and after a retryable failure (database down, server restarting) ask again every RETRY_DELAY_MS by itself.
import { useEffect, useRef } from 'react';
import { actions } from './store';
import type { ResourceData, ResourceName } from './resources';
import { RETRY_DELAY_MS, toLoadError } from './load-error';
import { useAppState, useDispatch } from './store-context';

/** `key` null means nothing is needed now (the resource goes idle). `load` may change identity freely. */
export function useResource<K extends ResourceName>(
  name: K,
  key: string | null,
  load: (signal: AbortSignal) => Promise<ResourceData[K]>,
): void {
  const dispatch = useDispatch();
  const attempt = useAppState((state) => state.resources[name].attempt);
  const error = useAppState((state) => state.resources[name].error);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      dispatch(actions.resourceCleared(name));
      return;
    }
    const controller = new AbortController();
    dispatch(actions.resourceRequested(name, key));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) dispatch(actions.resourceLoaded(name, key, data));
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) dispatch(actions.resourceFailed(name, key, toLoadError(failure)));
      },
    );
    return () => controller.abort();
  }, [dispatch, name, key, attempt]);

  // A resource whose component goes (a search box closed, a panel switched away) is no longer waited for: clearing
  // it keeps a failure there from holding the outage banner up with nobody left to retry it.
  useEffect(() => () => dispatch(actions.resourceCleared(name)), [dispatch, name]);

  // Each failure is a new error object, so each one arms exactly one retry.
  useEffect(() => {
    if (key === null || error === null || !error.retryable) return;
    const timer = setTimeout(() => dispatch(actions.retryResource(name)), RETRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dispatch, name, key, error]);
}
