// The centralities a ranking can ask for, each from graphology-metrics (betweenness and closeness sampled past a
// size limit), and the ranking itself. Degree, betweenness and closeness count hops (unweighted); eigenvector and
// PageRank weigh each pair by its summed link weights (a stronger tie passes on more influence).
import {
  degree as degreeCentrality,
  eigenvector as eigenvectorCentrality,
  pagerank,
} from 'graphology-metrics/centrality/index.js';
import type { CentralityMetric } from '../../../generated/resolvers-types.ts';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import type { CentralityEntryRow } from '../analytics-rows.ts';
import type { NetworkGraph, ProjectionDetail } from '../network-model.ts';
import { betweenness, type CentralityValues } from './betweenness.ts';
import { closeness } from './closeness.ts';

export interface CentralityResult extends CentralityValues {
  weighted: boolean;
}

/** What each metric needs from the projection: the weighted ones need the links' weights. */
export const CENTRALITY_DETAIL: Readonly<Record<CentralityMetric, ProjectionDetail>> = Object.freeze({
  DEGREE: 'STRUCTURE',
  BETWEENNESS: 'STRUCTURE',
  CLOSENESS: 'STRUCTURE',
  EIGENVECTOR: 'WEIGHTS',
  PAGERANK: 'WEIGHTS',
});

const exactly = (values: Record<string, number>, weighted: boolean): CentralityResult => ({
  values,
  exact: true,
  samplePivots: null,
  weighted,
});

export function centralityValues(
  graph: NetworkGraph,
  metric: CentralityMetric,
  limits: AnalyticsLimits,
): CentralityResult {
  if (graph.order === 0) return exactly({}, CENTRALITY_DETAIL[metric] === 'WEIGHTS');
  switch (metric) {
    case 'DEGREE':
      // Partners / (n − 1), as networkx's degree_centrality (0 for a lone organisation, which has no one to meet).
      return exactly(graph.order === 1 ? { [graph.nodes()[0]!]: 0 } : degreeCentrality(graph), false);
    case 'BETWEENNESS':
      return { ...betweenness(graph, limits), weighted: false };
    case 'CLOSENESS':
      return { ...closeness(graph, limits), weighted: false };
    case 'EIGENVECTOR':
      return exactly(
        eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1_000, tolerance: 1e-9 }),
        true,
      );
    case 'PAGERANK':
      return exactly(
        pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 1_000, tolerance: 1e-9 }),
        true,
      );
  }
}

/** The top organisations by value, highest first (ties: by id), numbered from 1. */
export function rankByValue(graph: NetworkGraph, values: Record<string, number>, top: number): CentralityEntryRow[] {
  return Object.entries(values)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, top)
    .map(([organizationId, value], index) => ({
      rank: index + 1,
      organizationId,
      value,
      degree: graph.degree(organizationId),
    }));
}
