// Renders nothing: loads the network whenever a load is requested, and asks again every 5 s after a retryable failure.
import { useEffect } from 'react';
import { loadGraph, RETRY_DELAY_MS } from '../state/load-graph';
import { actions } from '../state/store';
import { useAppState, useAppStore } from '../state/store-context';

export function GraphDataController() {
  const store = useAppStore();
  const loadRequest = useAppState((state) => state.loadRequest);
  const error = useAppState((state) => state.error);

  useEffect(() => {
    const controller = new AbortController();
    void loadGraph(store.dispatch, controller.signal);
    return () => controller.abort();
  }, [store, loadRequest]);

  // Each failure is a new error object, so each one arms exactly one retry.
  useEffect(() => {
    if (error === null || !error.retryable) return;
    const timer = setTimeout(() => store.dispatch(actions.reloadGraph()), RETRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, error]);

  return null;
}
