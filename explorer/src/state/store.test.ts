// Checks the store itself: the default state, that every domain reducer takes part, and subscriptions.
import { describe, expect, it, vi } from 'vitest';
import { actions, createAppStore, createDefaultState, reduce } from './store';

describe('createDefaultState', () => {
  it('starts in Korean on the whole network, nothing selected, every filter open, nothing loaded', () => {
    const state = createDefaultState();
    expect(state).toMatchObject({
      language: 'ko',
      mode: 'explore',
      selected: null,
      explore: { centre: null, depth: 1, expanded: [], limit: null },
      filters: { orgKinds: null, hubs: null, linkKinds: null, yearFrom: null, yearTo: null },
      timeline: { asOf: null, playing: false },
      canvas: { layout: 'force', sizeBy: 'degree', hidden: [], pinned: [] },
    });
    expect(state.resources.view).toEqual({ key: null, status: 'idle', data: null, error: null, attempt: 0 });
    expect(createDefaultState({ language: 'en' }).language).toBe('en');
  });

  it('returns a fresh object each time', () => {
    expect(createDefaultState()).not.toBe(createDefaultState());
    expect(createDefaultState().resources).not.toBe(createDefaultState().resources);
  });
});

describe('reduce', () => {
  it('routes each action to its domain and leaves the state untouched for a no-op', () => {
    const state = createDefaultState();
    expect(reduce(state, actions.setLanguage('ko'))).toBe(state);
    const next = reduce(reduce(state, actions.chooseOrganization('ORG-A')), actions.toggleOrgKind('COMPANY'));
    expect(next.explore.centre).toBe('ORG-A');
    expect(next.filters.orgKinds).not.toContain('COMPANY');
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
