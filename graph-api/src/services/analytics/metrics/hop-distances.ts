// Hop distances from one source at a time over graphology-indices' neighbourhood index (compressed adjacency).
// graphology-shortest-path's singleSourceLength answers the same question but builds an object keyed by node per
// source, far slower than this search on a large network (docs/analytics.md); the path statistics and sampled
// closeness run dozens to hundreds of sources, so they use this breadth-first search instead.
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import type { NetworkGraph } from '../network-model.ts';

export interface HopTree {
  source: number;
  /** Node indices in breadth-first order (source first); only the first `reached` entries are meaningful. */
  order: Int32Array;
  reached: number;
  /** distance[v]: hops from the source, -1 when unreachable. Valid until the next source is run. */
  distance: Int32Array;
}

export interface HopDistances {
  /** Node keys by index (the graph's node order). */
  nodes: string[];
  forEachTree(sources: Iterable<number>, visit: (tree: HopTree) => void): void;
}

/** `index` may be passed in when the caller built one for the same graph already. */
export function hopDistances(graph: NetworkGraph, index = new NeighborhoodIndex(graph)): HopDistances {
  const { starts, neighborhood } = index;
  const order = new Int32Array(graph.order);
  const distance = new Int32Array(graph.order).fill(-1);
  return {
    nodes: index.nodes,
    forEachTree(sources, visit) {
      for (const source of sources) {
        distance[source] = 0;
        order[0] = source;
        let reached = 1;
        // The order array doubles as the queue: nodes are appended as found and read in turn.
        for (let head = 0; head < reached; head += 1) {
          const v = order[head]!;
          const next = distance[v]! + 1;
          for (let j = starts[v]!; j < starts[v + 1]!; j += 1) {
            const w = neighborhood[j]!;
            if (distance[w] === -1) {
              distance[w] = next;
              order[reached] = w;
              reached += 1;
            }
          }
        }
        try {
          visit({ source, order, reached, distance });
        } finally {
          for (let k = 0; k < reached; k += 1) distance[order[k]!] = -1;
        }
      }
    },
  };
}
