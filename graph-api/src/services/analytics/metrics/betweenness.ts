// Betweenness centrality (unweighted: hops), normalised like networkx (2 / ((n-1)(n-2)) per unordered pair).
// Exact with graphology-metrics up to a size limit; beyond it estimated from k pivots (Brandes & Pich 2007,
// "Centrality estimation in large networks"): the dependencies of k uniformly drawn sources, scaled by n / k.
import { betweenness as betweennessCentrality } from 'graphology-metrics/centrality/index.js';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import type { NetworkGraph } from '../network-model.ts';
import { sampleWithoutReplacement, seededRandom } from '@siheung/core/random';
import { shortestPathTrees } from './shortest-path-trees.ts';

export interface CentralityValues {
  values: Record<string, number>;
  /** True when every organisation was a source; false when estimated from `samplePivots` pivots. */
  exact: boolean;
  samplePivots: number | null;
}

/** The pivot estimate from the given number of pivots (exposed for tests that compare it with the exact values). */
export function pivotBetweenness(graph: NetworkGraph, pivots: number, seed: string): CentralityValues {
  const trees = shortestPathTrees(graph);
  const n = graph.order;
  const sources = sampleWithoutReplacement([...Array(n).keys()], pivots, seededRandom(seed, 'betweenness-pivots'));
  const delta = new Float64Array(n);
  const totals = new Float64Array(n);
  trees.forEachTree(sources, ({ source, order, reached, predecessors, sigma }) => {
    for (let k = 0; k < reached; k += 1) delta[order[k]!] = 0;
    // Brandes' accumulation: nodes farthest first, each passing its dependency to its predecessors.
    for (let k = reached - 1; k >= 0; k -= 1) {
      const w = order[k]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== source) totals[w] = totals[w]! + delta[w]!;
    }
  });
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  const values: Record<string, number> = {};
  trees.nodes.forEach((node, index) => (values[node] = totals[index]! * scale));
  return { values, exact: false, samplePivots: sources.length };
}

export function betweenness(graph: NetworkGraph, limits: AnalyticsLimits): CentralityValues {
  if (graph.order <= limits.exactCentralityMaxNodes) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values, exact: true, samplePivots: null };
  }
  return pivotBetweenness(graph, limits.centralityPivots, limits.seed);
}
