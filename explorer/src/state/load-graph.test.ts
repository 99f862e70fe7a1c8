// Checks the load-the-network operation against stand-ins for the API and the font loader.
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { sampleGraph } from '../test-support/sample-graph';
import { loadGraph, toLoadError, type LoadGraphDeps } from './load-graph';
import { createAppStore } from './store';

function deps(fetchGraph: LoadGraphDeps['fetchGraph']): LoadGraphDeps {
  return { fetchGraph, prepareFont: vi.fn(async () => undefined) };
}

describe('loadGraph', () => {
  it('stores the graph once the font is ready', async () => {
    const store = createAppStore();
    const graph = sampleGraph();
    const d = deps(async () => graph);
    await loadGraph(store.dispatch, new AbortController().signal, d);
    expect(d.prepareFont).toHaveBeenCalledWith(graph);
    expect(store.getState()).toMatchObject({ status: 'ready', graph, error: null });
  });

  it('records a database outage as a retryable error', async () => {
    const store = createAppStore();
    await loadGraph(
      store.dispatch,
      new AbortController().signal,
      deps(async () => {
        throw new ApiError('DATABASE_UNAVAILABLE', 'down', { status: 503 });
      }),
    );
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'DATABASE_UNAVAILABLE', retryable: true } });
  });

  it('records nothing when cancelled', async () => {
    const store = createAppStore();
    const controller = new AbortController();
    const pending = loadGraph(
      store.dispatch,
      controller.signal,
      deps(async () => {
        controller.abort();
        throw new ApiError('ABORTED', 'cancelled');
      }),
    );
    await pending;
    expect(store.getState()).toMatchObject({ status: 'loading', error: null });
  });
});

describe('toLoadError', () => {
  it('keeps an ApiError code and treats anything else as a non-retryable UNKNOWN', () => {
    expect(toLoadError(new ApiError('BAD_USER_INPUT', 'no'))).toMatchObject({ code: 'BAD_USER_INPUT', retryable: false });
    expect(toLoadError(new ApiError('NETWORK_ERROR', 'no'))).toMatchObject({ retryable: true });
    expect(toLoadError(new TypeError('boom'))).toEqual({ code: 'UNKNOWN', message: 'boom', retryable: false });
  });
});
