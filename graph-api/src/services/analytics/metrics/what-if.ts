// "What if these links existed?": the network's statistics with the proposed pairs linked, and the differences.
import { connectedComponents } from 'graphology-components';
import type { NetworkStatsDelta } from '../../../generated/resolvers-types.ts';
import type { AnalyticsLimits } from '../analytics-limits.ts';
import type { NetworkGraph } from '../network-model.ts';
import { networkStats, type NetworkStats } from './network-stats.ts';

export interface ProposedPair {
  from: string;
  to: string;
}

export interface WhatIfLinkResult extends ProposedPair {
  /** The pair is already linked: adding it changes nothing. */
  alreadyLinked: boolean;
  /** The two were in different components before any of the proposed links: it joins them. */
  joinsComponents: boolean;
}

const difference = (before: number | null, after: number | null): number | null =>
  before === null || after === null ? null : after - before;

/** after − before for each number (null when either side has none). */
export function statsDelta(before: NetworkStats, after: NetworkStats): NetworkStatsDelta {
  return {
    organizations: after.organizations - before.organizations,
    links: after.links - before.links,
    density: difference(before.density, after.density),
    averageDegree: after.averageDegree - before.averageDegree,
    components: after.components - before.components,
    largestComponentSize: after.largestComponentSize - before.largestComponentSize,
    largestComponentShare: difference(before.largestComponentShare, after.largestComponentShare),
    isolates: after.isolates - before.isolates,
    averageClustering: after.averageClustering - before.averageClustering,
    transitivity: after.transitivity - before.transitivity,
    averageShortestPath: difference(before.averageShortestPath, after.averageShortestPath),
    diameter: difference(before.diameter, after.diameter),
    modularity: difference(before.modularity, after.modularity),
    communities: after.communities - before.communities,
  };
}

/** The proposed pairs (both ends in the network, checked by the caller) added to a copy of the network. */
export function whatIf(
  graph: NetworkGraph,
  pairs: readonly ProposedPair[],
  limits: AnalyticsLimits,
): { links: WhatIfLinkResult[]; after: NetworkStats } {
  const componentOf = new Map<string, number>();
  connectedComponents(graph).forEach((component, index) => component.forEach((node) => componentOf.set(node, index)));
  const changed = graph.copy();
  const links = pairs.map(({ from, to }) => {
    const alreadyLinked = graph.hasEdge(from, to);
    if (!changed.hasEdge(from, to)) changed.addEdge(from, to, { kinds: [], weight: 1, since: null, links: 1 });
    return { from, to, alreadyLinked, joinsComponents: componentOf.get(from) !== componentOf.get(to) };
  });
  return { links, after: networkStats(changed, limits) };
}
