// Closeness centrality (unweighted: hops) with Wasserman & Faust's correction for disconnected networks, as
// networkx computes it by default: ((r - 1) / (n - 1)) · ((r - 1) / Σ distances), r = the organisations it reaches.
// Exact with graphology-metrics up to a size limit; beyond it, each component larger than k organisations gets its
// mean distances estimated from k pivots drawn within it (Eppstein & Wang 2004), smaller ones are measured exactly.
import { closeness as closenessCentrality } from 'graphology-metrics/centrality/index.js';
import { connectedComponents } from 'graphology-components';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import type { NetworkGraph } from '../network-model.ts';
import type { CentralityValues } from './betweenness.ts';
import { sampleWithoutReplacement, seededRandom } from '@siheung/core/random';
import { hopDistances } from './hop-distances.ts';

export function pivotCloseness(graph: NetworkGraph, pivots: number, seed: string): CentralityValues {
  const trees = hopDistances(graph);
  const n = graph.order;
  const indexOf = new Map(trees.nodes.map((node, index) => [node, index]));
  const random = seededRandom(seed, 'closeness-pivots');
  const distanceSum = new Float64Array(n);
  const sampled = new Float64Array(n);
  const componentSize = new Float64Array(n);
  let complete = true;
  for (const component of connectedComponents(graph)) {
    const members = component.map((node) => indexOf.get(node)!);
    for (const member of members) componentSize[member] = members.length;
    const sources = members.length <= pivots ? members : sampleWithoutReplacement(members, pivots, random);
    if (sources.length < members.length) complete = false;
    trees.forEachTree(sources, ({ source, order, reached, distance }) => {
      for (let k = 0; k < reached; k += 1) {
        const v = order[k]!;
        if (v === source) continue;
        distanceSum[v] = distanceSum[v]! + distance[v]!;
        sampled[v] = sampled[v]! + 1;
      }
    });
  }
  const values: Record<string, number> = {};
  trees.nodes.forEach((node, v) => {
    const others = componentSize[v]! - 1;
    // The mean distance from v to the sources (v excluded) estimates its mean distance to everyone it reaches.
    values[node] = others > 0 && sampled[v]! > 0 && n > 1 ? others / (n - 1) / (distanceSum[v]! / sampled[v]!) : 0;
  });
  return { values, exact: complete, samplePivots: complete ? null : pivots };
}

export function closeness(graph: NetworkGraph, limits: AnalyticsLimits): CentralityValues {
  if (graph.order <= limits.exactCentralityMaxNodes) {
    return { values: closenessCentrality(graph, { wassermanFaust: true }), exact: true, samplePivots: null };
  }
  return pivotCloseness(graph, limits.centralityPivots, limits.seed);
}
