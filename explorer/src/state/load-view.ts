// Loads what the canvas shows for a view query: the network or a neighbourhood with its expansions, or the paths.
import { ApiError } from '../api/api-error';
import type { CollaborationPath, GraphPayload } from '../api/api-types';
import { requestGraphQL } from '../api/graphql-client';
import { GRAPH_QUERY, NEIGHBORHOOD_QUERY, PATHS_QUERY } from '../api/queries';
import { labelCharacters, loadLabelFont } from '../graph/load-label-font';
import { mergePayloads } from '../graph/merge-payloads';
import { pathsToPayload } from '../graph/paths-to-payload';
import { loadIntroductionPaths } from './load-matches';
import type { ViewData } from './resources';
import type { ViewQuery } from './view-query';

type LoadableQuery = Exclude<ViewQuery, { kind: 'none' }>;
type NetworkQuery = Extract<ViewQuery, { kind: 'network' }>;
type NeighbourhoodQuery = Extract<ViewQuery, { kind: 'neighbourhood' }>;
type PathsQuery = Extract<ViewQuery, { kind: 'paths' }>;
type IntroductionQuery = Extract<ViewQuery, { kind: 'introduction' }>;

export interface LoadViewDeps {
  network(query: NetworkQuery, signal: AbortSignal): Promise<GraphPayload>;
  neighbourhood(
    id: string,
    depth: number,
    query: NetworkQuery | NeighbourhoodQuery,
    signal: AbortSignal,
  ): Promise<GraphPayload>;
  paths(query: PathsQuery, signal: AbortSignal): Promise<CollaborationPath[]>;
  introduction(query: IntroductionQuery, signal: AbortSignal): Promise<CollaborationPath[]>;
  prepareFont(payload: GraphPayload): Promise<void>;
}

function checked(payload: GraphPayload | undefined): GraphPayload {
  if (!Array.isArray(payload?.nodes) || !Array.isArray(payload.edges)) {
    throw new ApiError('BAD_RESPONSE', 'the graph payload has no nodes or edges list');
  }
  return payload;
}

export const defaultLoadViewDeps: LoadViewDeps = {
  async network(query, signal) {
    const data = await requestGraphQL(GRAPH_QUERY, { filter: query.filter, limit: query.limit }, { signal });
    return checked(data.graph);
  },
  async neighbourhood(id, depth, query, signal) {
    const variables = { id, depth, filter: query.filter, limit: query.limit };
    const data = await requestGraphQL(NEIGHBORHOOD_QUERY, variables, { signal });
    return checked(data.neighborhood);
  },
  async paths(query, signal) {
    const { from, to, k, maxHops, linkKinds } = query;
    const data = await requestGraphQL(PATHS_QUERY, { from, to, k, maxHops, linkKinds }, { signal });
    return data.collaborationPaths;
  },
  introduction: (query, signal) => loadIntroductionPaths(query.matches, query.candidate, signal),
  prepareFont: (payload) => loadLabelFont(labelCharacters(payload)),
};

/** The view's subject (ViewData.subject): changes with the centre or the path ends, not with filters or expansions. */
export function subjectOf(query: LoadableQuery): string {
  if (query.kind === 'paths') return `paths:${query.from}>${query.to}`;
  if (query.kind === 'introduction') return `introduction:${query.matches.orgId}>${query.candidate}`;
  return query.kind === 'network' ? 'network' : `centre:${query.centre}`;
}

/** Expanded nodes add their direct neighbourhood (depth 1), whatever the depth around the centre. */
export async function loadView(
  query: LoadableQuery,
  signal: AbortSignal,
  deps: LoadViewDeps = defaultLoadViewDeps,
): Promise<ViewData> {
  let data: ViewData;
  if (query.kind === 'paths' || query.kind === 'introduction') {
    const paths = query.kind === 'paths' ? await deps.paths(query, signal) : await deps.introduction(query, signal);
    data = { payload: pathsToPayload(paths), paths, subject: subjectOf(query) };
  } else {
    const base =
      query.kind === 'network'
        ? deps.network(query, signal)
        : deps.neighbourhood(query.centre, query.depth, query, signal);
    const expansions = query.expanded.map((id) => deps.neighbourhood(id, 1, query, signal));
    data = { payload: mergePayloads(await Promise.all([base, ...expansions])), paths: null, subject: subjectOf(query) };
  }
  await deps.prepareFont(data.payload);
  return data;
}
