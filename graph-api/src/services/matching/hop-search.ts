// Bounded breadth-first search over the matching graph's adjacency, and the shortest paths it implies (as chains
// of existing links). The analytics' hopDistances walks a whole graphology graph; matching needs a search that
// stops after a few hops and counts shortest paths, on its own compact adjacency.
import type { MatchingGraph } from './matching-graph.ts';

export interface HopSearch {
  source: number;
  /** Hops from the source, −1 when farther than maxHops (or unreachable). */
  distance: Int32Array;
  /** How many shortest paths lead from the source to each node reached. */
  paths: Float64Array;
  /** The nodes reached, nearest first (the source first). */
  reached: number[];
}

export function hopSearch(graph: MatchingGraph, source: number, maxHops: number): HopSearch {
  const n = graph.organizations.length;
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const reached = [source];
  distance[source] = 0;
  paths[source] = 1;
  for (let head = 0; head < reached.length; head += 1) {
    const u = reached[head]!;
    const next = distance[u]! + 1;
    if (next > maxHops) break;
    for (let at = graph.offsets[u]!; at < graph.offsets[u + 1]!; at += 1) {
      const v = graph.neighbours[at]!;
      if (distance[v] === -1) {
        distance[v] = next;
        reached.push(v);
      }
      if (distance[v] === next) paths[v]! += paths[u]!;
    }
  }
  return { source, distance, paths, reached };
}

/** Position of v in u's adjacency (its pair's weight and links), or −1. */
export function pairAt(graph: MatchingGraph, u: number, v: number): number {
  for (let at = graph.offsets[u]!; at < graph.offsets[u + 1]!; at += 1) if (graph.neighbours[at] === v) return at;
  return -1;
}

/**
 * The weakest pair along a path (sum of the weights of its links; a chain is as strong as its weakest hop), and the
 * total.
 */
function strength(graph: MatchingGraph, path: number[]): { weakest: number; total: number } {
  let weakest = Infinity;
  let total = 0;
  for (let i = 1; i < path.length; i += 1) {
    const weight = graph.pairWeight[pairAt(graph, path[i - 1]!, path[i]!)]!;
    weakest = Math.min(weakest, weight);
    total += weight;
  }
  return { weakest, total };
}

/**
 * Up to `k` of the shortest paths from the search's source to `target` (node indices, source first): the strongest
 * first (by their weakest hop, then their total weight), then by the ids along them. At most `enumerate` are looked at.
 */
export function shortestPaths(
  graph: MatchingGraph,
  search: HopSearch,
  target: number,
  k: number,
  enumerate = 200,
): number[][] {
  if (search.distance[target]! < 0) return [];
  const found: number[][] = [];
  // Walks back from the target: each step to a neighbour one hop nearer the source.
  const walk = (node: number, tail: number[]): void => {
    if (found.length >= enumerate) return;
    if (node === search.source) {
      found.push([node, ...tail]);
      return;
    }
    const want = search.distance[node]! - 1;
    for (let at = graph.offsets[node]!; at < graph.offsets[node + 1]!; at += 1) {
      const previous = graph.neighbours[at]!;
      if (search.distance[previous] === want) walk(previous, [node, ...tail]);
    }
  };
  walk(target, []);
  const ids = (path: number[]): string => path.map((i) => graph.organizations[i]!.id).join(' ');
  return found
    .map((path) => ({ path, strength: strength(graph, path), key: ids(path) }))
    .sort(
      (a, b) =>
        b.strength.weakest - a.strength.weakest ||
        b.strength.total - a.strength.total ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .slice(0, k)
    .map((entry) => entry.path);
}

/** A chain of existing links: organisation ids in order, and per hop the ids of the links joining its two ends. */
export interface IntroductionPath {
  ids: string[];
  hops: Array<{ fromId: string; toId: string; linkIds: string[] }>;
}

export function toIntroductionPath(graph: MatchingGraph, path: number[]): IntroductionPath {
  const ids = path.map((i) => graph.organizations[i]!.id);
  const hops = path.slice(1).map((to, index) => {
    const from = path[index]!;
    return { fromId: ids[index]!, toId: ids[index + 1]!, linkIds: graph.pairLinks[pairAt(graph, from, to)]! };
  });
  return { ids, hops };
}
