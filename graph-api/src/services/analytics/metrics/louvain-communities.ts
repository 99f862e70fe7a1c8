// Louvain communities (graphology-communities-louvain) with a seeded random source, so the same network always
// splits the same way. Unweighted (a pair is linked or not), like the other structural metrics. Communities are
// numbered by size, largest first.
import louvainModule from 'graphology-communities-louvain';
import type { NetworkGraph } from '../network-model.ts';
import { seededRandom } from '@siheung/core/random';

// The package is CommonJS (module.exports = louvain) while its typings declare a default export.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface CommunityPartition {
  /** Community number of each organisation: 0 is the largest (ties: the one holding the smallest id). */
  communityOf: Record<string, number>;
  /** Members of each community, ids sorted. */
  members: string[][];
  /** Newman's modularity of the partition; null for a network without links. */
  modularity: number | null;
}

export function louvainCommunities(graph: NetworkGraph, seed: string): CommunityPartition {
  let raw: Record<string, number>;
  let modularity: number | null = null;
  if (graph.size === 0) {
    raw = Object.fromEntries(graph.mapNodes((node, _attributes) => node).map((node, index) => [node, index]));
  } else {
    const detailed = louvain.detailed(graph, {
      rng: seededRandom(seed, 'louvain'),
      getEdgeWeight: null,
      resolution: 1,
    });
    raw = detailed.communities;
    modularity = detailed.modularity;
  }
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const community = raw[node]!;
    const members = groups.get(community);
    if (members) members.push(node);
    else groups.set(community, [node]);
  });
  const members = [...groups.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const communityOf: Record<string, number> = {};
  members.forEach((ids, index) => ids.forEach((id) => (communityOf[id] = index)));
  return { communityOf, members, modularity };
}
