// Checks the UI store: its default state and each named action.
import { describe, expect, it, vi } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { actions, createAppStore, createDefaultState, reduce } from './store';

const outage = { code: 'DATABASE_UNAVAILABLE', message: 'down', retryable: true } as const;

describe('createDefaultState', () => {
  it('starts in Korean, loading, with no graph and no error', () => {
    expect(createDefaultState()).toEqual({ language: 'ko', status: 'loading', graph: null, error: null, loadRequest: 0 });
    expect(createDefaultState({ language: 'en' }).language).toBe('en');
  });

  it('returns a fresh object each time', () => {
    expect(createDefaultState()).not.toBe(createDefaultState());
  });
});

describe('actions', () => {
  it('setLanguage switches the language and is a no-op when unchanged', () => {
    const state = createDefaultState();
    expect(reduce(state, actions.setLanguage('en')).language).toBe('en');
    expect(reduce(state, actions.setLanguage('ko'))).toBe(state);
  });

  it('reloadGraph bumps the load request', () => {
    expect(reduce(createDefaultState(), actions.reloadGraph()).loadRequest).toBe(1);
  });

  it('graphLoaded stores the graph and clears a previous error', () => {
    const failed = reduce(createDefaultState(), actions.graphFailed(outage));
    const graph = sampleGraph();
    const loaded = reduce(reduce(failed, actions.graphRequested()), actions.graphLoaded(graph));
    expect(loaded).toMatchObject({ status: 'ready', graph, error: null });
  });

  it('graphFailed records the error and keeps the last graph; a retry keeps the error shown', () => {
    const graph = sampleGraph();
    const failed = reduce(createDefaultState({ status: 'ready', graph }), actions.graphFailed(outage));
    expect(failed).toMatchObject({ status: 'error', graph, error: outage });
    expect(reduce(failed, actions.graphRequested())).toMatchObject({ status: 'loading', error: outage });
  });
});

describe('createAppStore', () => {
  it('notifies subscribers on change only, and stops after unsubscribe', () => {
    const store = createAppStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch(actions.setLanguage('en'));
    store.dispatch(actions.setLanguage('en'));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.dispatch(actions.setLanguage('ko'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().language).toBe('ko');
  });
});
