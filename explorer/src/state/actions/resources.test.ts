// Checks the loading life of a resource: asked, loaded, failed, retried, cleared, and stale answers ignored.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../app-state';
import { currentOutage, type LoadError } from '../resources';
import { reduceResources, resourceActions as a } from './resources';

const outage: LoadError = { code: 'DATABASE_UNAVAILABLE', message: 'down', retryable: true };
const hubs = [{ id: 'HUB-BAEGOT', name: '배곧', nameEn: 'Baegot' }];

describe('resource actions', () => {
  it('records a load and its data', () => {
    const asked = reduceResources(createDefaultState(), a.resourceRequested('hubs', 'hubs'));
    expect(asked.resources.hubs).toMatchObject({ key: 'hubs', status: 'loading' });
    const loaded = reduceResources(asked, a.resourceLoaded('hubs', 'hubs', hubs));
    expect(loaded.resources.hubs).toMatchObject({ status: 'ready', data: hubs, error: null });
  });

  it('ignores an answer to a key no longer asked for', () => {
    const asked = reduceResources(createDefaultState(), a.resourceRequested('detail', 'B'));
    expect(reduceResources(asked, a.resourceLoaded('hubs', 'A', hubs))).toBe(asked);
    expect(reduceResources(asked, a.resourceFailed('detail', 'A', outage))).toBe(asked);
  });

  it('keeps the last data and the error through a retry, and clears the error on success', () => {
    let state = reduceResources(createDefaultState(), a.resourceRequested('hubs', 'hubs'));
    state = reduceResources(state, a.resourceLoaded('hubs', 'hubs', hubs));
    state = reduceResources(state, a.resourceFailed('hubs', 'hubs', outage));
    expect(state.resources.hubs).toMatchObject({ status: 'error', data: hubs, error: outage });
    expect(currentOutage(state.resources)).toBe(outage);
    state = reduceResources(state, a.retryResource('hubs'));
    state = reduceResources(state, a.resourceRequested('hubs', 'hubs'));
    expect(state.resources.hubs).toMatchObject({ status: 'loading', error: outage, attempt: 1 });
    state = reduceResources(state, a.resourceLoaded('hubs', 'hubs', hubs));
    expect(state.resources.hubs.error).toBeNull();
    expect(currentOutage(state.resources)).toBeNull();
  });

  it('clears a resource nobody needs, and a non-outage failure is not an outage', () => {
    let state = reduceResources(createDefaultState(), a.resourceRequested('detail', 'A'));
    state = reduceResources(
      state,
      a.resourceFailed('detail', 'A', { code: 'NOT_FOUND', message: 'no', retryable: false }),
    );
    expect(currentOutage(state.resources)).toBeNull();
    const cleared = reduceResources(state, a.resourceCleared('detail'));
    expect(cleared.resources.detail).toMatchObject({ key: null, status: 'idle', data: null, error: null });
    expect(reduceResources(cleared, a.resourceCleared('detail'))).toBe(cleared);
  });
});
