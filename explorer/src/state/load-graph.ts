// The "load the whole network" operation: request it, get the label font ready, and record the outcome in the store.
import { ApiError } from '../api/api-error';
import { requestGraphQL } from '../api/graphql-client';
import { GRAPH_LIMIT, GRAPH_QUERY } from '../api/queries';
import type { GraphPayload } from '../api/schema-types';
import { labelCharacters, loadLabelFont } from '../graph/load-label-font';
import { actions, type Dispatch, type LoadError } from './store';

/** How long the page waits before asking again after a retryable failure. */
export const RETRY_DELAY_MS = 5000;

export interface LoadGraphDeps {
  fetchGraph(signal: AbortSignal): Promise<GraphPayload>;
  prepareFont(payload: GraphPayload): Promise<void>;
}

export const defaultLoadGraphDeps: LoadGraphDeps = {
  async fetchGraph(signal) {
    const data = await requestGraphQL(GRAPH_QUERY, { limit: GRAPH_LIMIT }, { signal });
    if (!Array.isArray(data.graph?.nodes) || !Array.isArray(data.graph.edges)) {
      throw new ApiError('BAD_RESPONSE', 'the graph payload has no nodes or edges list');
    }
    return data.graph;
  },
  prepareFont: (payload) => loadLabelFont(labelCharacters(payload)),
};

export function toLoadError(error: unknown): LoadError {
  if (error instanceof ApiError) return { code: error.code, message: error.message, retryable: error.retryable };
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), retryable: false };
}

/** A cancelled load (the page moved on) records nothing. */
export async function loadGraph(
  dispatch: Dispatch,
  signal: AbortSignal,
  deps: LoadGraphDeps = defaultLoadGraphDeps,
): Promise<void> {
  dispatch(actions.graphRequested());
  try {
    const graph = await deps.fetchGraph(signal);
    await deps.prepareFont(graph);
    if (!signal.aborted) dispatch(actions.graphLoaded(graph));
  } catch (error) {
    if (!signal.aborted) dispatch(actions.graphFailed(toLoadError(error)));
  }
}
