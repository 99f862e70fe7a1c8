// Average shortest path length and diameter (hops) of the largest connected component. No graphology package
// computes the average path length, so both come from breadth-first searches (hop-distances.ts): from every
// member when the component is small enough (exact), else from k seeded sources — the mean distance from them
// estimates the average, and the farthest node any of them (or a second sweep from its far ends) reaches gives a
// lower bound of the diameter.
import { largestConnectedComponent } from 'graphology-components';
import type { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import type { NetworkGraph } from '../network-model.ts';
import { sampleWithoutReplacement, seededRandom } from '@siheung/core/random';
import { hopDistances } from './hop-distances.ts';

export interface PathStats {
  /** Mean hops between two organisations of the largest component; null when it has fewer than two. */
  averageShortestPath: number | null;
  /** Longest shortest path in the largest component (exact, or a lower bound when sampled). */
  diameter: number | null;
  /** True when every member of the largest component was a source. */
  exact: boolean;
  /** How many breadth-first sources were used. */
  sources: number;
}

/** Sweeps from the far ends of the first sampled sources (the double-sweep lower bound of the diameter). */
const DOUBLE_SWEEPS = 4;

/** `known` may carry what the caller computed for the same graph already (its largest component, its index). */
export function pathStats(
  graph: NetworkGraph,
  limits: AnalyticsLimits,
  known: { largestComponent?: string[]; index?: NeighborhoodIndex } = {},
): PathStats {
  const component = known.largestComponent ?? largestConnectedComponent(graph);
  const size = component.length;
  if (size < 2) return { averageShortestPath: null, diameter: null, exact: true, sources: 0 };
  const trees = hopDistances(graph, known.index);
  const indexOf = new Map(trees.nodes.map((node, index) => [node, index]));
  const members = component.map((node) => indexOf.get(node)!);
  const exact = size <= limits.exactPathsMaxNodes;
  const sources = exact
    ? members
    : sampleWithoutReplacement(members, limits.pathSources, seededRandom(limits.seed, 'path-sources'));

  let total = 0;
  let diameter = 0;
  const farthest: number[] = [];
  trees.forEachTree(sources, ({ order, reached, distance }) => {
    for (let k = 1; k < reached; k += 1) total += distance[order[k]!]!;
    const last = order[reached - 1]!;
    diameter = Math.max(diameter, distance[last]!);
    if (!exact && farthest.length < DOUBLE_SWEEPS) farthest.push(last);
  });
  let swept = 0;
  if (!exact) {
    const extra = farthest.filter((node) => !sources.includes(node));
    swept = extra.length;
    trees.forEachTree(extra, ({ order, reached, distance }) => {
      diameter = Math.max(diameter, distance[order[reached - 1]!]!);
    });
  }
  return {
    averageShortestPath: total / (sources.length * (size - 1)),
    diameter,
    exact,
    sources: sources.length + swept,
  };
}
