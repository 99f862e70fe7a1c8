// The headline statistics of a network (networkStats): size, density, components, clustering, paths, communities.
// All unweighted (pairs linked or not), so they need only the projection's ends.
import { density } from 'graphology-metrics/graph/density.js';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import type { NetworkGraph } from '../network-model.ts';
import { clustering } from '@siheung/core/clustering';
import { connectedComponentsOf } from './components.ts';
import { louvainCommunities } from './louvain-communities.ts';
import { pathStats } from './path-stats.ts';

export interface NetworkStats {
  organizations: number;
  /** Linked pairs of organisations (several links between one pair count once). */
  links: number;
  density: number | null;
  averageDegree: number;
  components: number;
  largestComponentSize: number;
  largestComponentShare: number | null;
  isolates: number;
  averageClustering: number;
  transitivity: number;
  averageShortestPath: number | null;
  diameter: number | null;
  pathsExact: boolean;
  pathSources: number;
  modularity: number | null;
  /** Louvain communities of at least two organisations. */
  communities: number;
}

/**
 * Runs one named part of a computation: the bench's probe passes one that times each (bench/src/analytics-probe.ts).
 */
export type PhaseTimer = <T>(phase: string, work: () => T) => T;
const untimed: PhaseTimer = (_phase, work) => work();

export function networkStats(graph: NetworkGraph, limits: AnalyticsLimits, phase: PhaseTimer = untimed): NetworkStats {
  const n = graph.order;
  const index = phase('neighbourhood index', () => new NeighborhoodIndex(graph));
  const components = phase('components', () => connectedComponentsOf(index));
  const largestComponent = components.reduce<string[]>(
    (best, component) => (component.length > best.length ? component : best),
    [],
  );
  const largest = largestComponent.length;
  const triangles = phase('clustering', () => clustering(graph, index));
  const paths = phase('paths', () => pathStats(graph, limits, { largestComponent, index }));
  const partition = phase('louvain', () => louvainCommunities(graph, limits.seed));
  return {
    organizations: n,
    links: graph.size,
    density: n < 2 ? null : density(graph),
    averageDegree: n === 0 ? 0 : (2 * graph.size) / n,
    components: components.length,
    largestComponentSize: largest,
    largestComponentShare: n === 0 ? null : largest / n,
    isolates: components.filter((component) => component.length === 1).length,
    averageClustering: triangles.averageClustering,
    transitivity: triangles.transitivity,
    averageShortestPath: paths.averageShortestPath,
    diameter: paths.diameter,
    pathsExact: paths.exact,
    pathSources: paths.sources,
    modularity: partition.modularity,
    communities: partition.members.filter((members) => members.length >= 2).length,
  };
}
