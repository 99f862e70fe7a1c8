// Breadth-first shortest-path trees from chosen sources, over graphology's indexed Brandes routine
// (graphology-shortest-path/indexed-brandes: the same single-source step graphology-metrics' betweenness runs for
// every node). Sampled betweenness and closeness and the path statistics all run it from a subset of sources.
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { NetworkGraph } from '../network-model.ts';

/** One source's tree: nodes in the order reached (source first), their predecessors, path counts and hop distances. */
export interface ShortestPathTree {
  source: number;
  /** Node indices in breadth-first order; only the first `reached` entries are meaningful. */
  order: ArrayLike<number>;
  reached: number;
  /** predecessors[w]: the nodes one hop before w on shortest paths from the source. */
  predecessors: number[][];
  /** sigma[w]: the number of shortest paths from the source to w. */
  sigma: ArrayLike<number>;
  /** distance[w]: hops from the source; -1 when unreachable. Valid for the current tree only. */
  distance: Int32Array;
}

interface IndexedStack {
  items: ArrayLike<number>;
  size: number;
  clear(): void;
}

export interface ShortestPathTrees {
  /** Node keys by index (the graph's node order). */
  nodes: string[];
  /** Neighbour index (CSR): neighbours of i are neighborhood[starts[i] .. starts[i + 1]). */
  starts: ArrayLike<number>;
  neighborhood: ArrayLike<number>;
  /** Runs `visit` with the tree from each source in turn (the tree's arrays are reused by the next source). */
  forEachTree(sources: Iterable<number>, visit: (tree: ShortestPathTree) => void): void;
}

export function shortestPathTrees(graph: NetworkGraph): ShortestPathTrees {
  const brandes = createUnweightedIndexedBrandes(graph);
  // The typings put `index` on the factory; the library sets it on the returned routine.
  const index = (
    brandes as unknown as { index: { nodes: string[]; starts: ArrayLike<number>; neighborhood: ArrayLike<number> } }
  ).index;
  const distance = new Int32Array(graph.order).fill(-1);
  return {
    nodes: index.nodes,
    starts: index.starts,
    neighborhood: index.neighborhood,
    forEachTree(sources, visit) {
      for (const source of sources) {
        const [stack, predecessors, sigma] = brandes(source) as unknown as [IndexedStack, number[][], Uint32Array];
        const order = stack.items;
        const reached = stack.size;
        distance[source] = 0;
        // Breadth-first order: a node's first predecessor was reached before it, one hop nearer.
        for (let k = 1; k < reached; k += 1) distance[order[k]!] = distance[predecessors[order[k]!]![0]!]! + 1;
        try {
          visit({ source, order, reached, predecessors, sigma, distance });
        } finally {
          for (let k = 0; k < reached; k += 1) distance[order[k]!] = -1;
          // The routine pushes onto a fixed-capacity stack: it must be empty before the next source.
          stack.clear();
        }
      }
    },
  };
}
