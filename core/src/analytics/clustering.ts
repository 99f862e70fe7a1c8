// Average clustering coefficient and transitivity (unweighted), as networkx defines them. Neither graphology nor
// graphology-metrics has them, so this counts triangles itself — over graphology-indices' neighbourhood index,
// with the "forward" ordering (each triangle found once, from its lowest-ranked corner; Schank & Wagner 2005).
// The data generator reports its networks' clustering with it too (clusteringOfPairs).
import { UndirectedGraph } from 'graphology';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import type { AbstractGraph } from 'graphology-types';

export interface Clustering {
  /** Mean over all organisations of 2·T(v) / (d(v)(d(v)−1)), counting 0 for degree < 2. */
  averageClustering: number;
  /** 3 × triangles / connected triples (the global clustering coefficient). */
  transitivity: number;
  triangles: number;
  /** Triangles through each organisation. */
  trianglesByNode: Record<string, number>;
}

/** `index` may be passed in when the caller built one for the same graph already. */
export function clustering(graph: AbstractGraph, index = new NeighborhoodIndex(graph)): Clustering {
  const { starts, neighborhood } = index;
  const n = graph.order;
  const degree = (v: number): number => starts[v + 1]! - starts[v]!;
  // v precedes u when it has fewer neighbours (ties by index): hubs come last, so their long lists are scanned least.
  const precedes = (v: number, u: number): boolean => degree(v) < degree(u) || (degree(v) === degree(u) && v < u);
  const through = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  let triangles = 0;
  for (let v = 0; v < n; v += 1) {
    for (let j = starts[v]!; j < starts[v + 1]!; j += 1) if (precedes(v, neighborhood[j]!)) mark[neighborhood[j]!] = v;
    for (let j = starts[v]!; j < starts[v + 1]!; j += 1) {
      const u = neighborhood[j]!;
      if (!precedes(v, u)) continue;
      for (let k = starts[u]!; k < starts[u + 1]!; k += 1) {
        const w = neighborhood[k]!;
        if (mark[w] === v && precedes(u, w)) {
          triangles += 1;
          through[v] = through[v]! + 1;
          through[u] = through[u]! + 1;
          through[w] = through[w]! + 1;
        }
      }
    }
  }
  let coefficientSum = 0;
  let triples = 0;
  const trianglesByNode: Record<string, number> = {};
  for (let v = 0; v < n; v += 1) {
    const d = degree(v);
    const pairs = (d * (d - 1)) / 2;
    triples += pairs;
    if (pairs > 0) coefficientSum += through[v]! / pairs;
    trianglesByNode[index.nodes[v]!] = through[v]!;
  }
  return {
    averageClustering: n === 0 ? 0 : coefficientSum / n,
    transitivity: triples === 0 ? 0 : (3 * triangles) / triples,
    triangles,
    trianglesByNode,
  };
}

/** The clustering of a network given as its size and pairs of node numbers 0…nodes−1 (repeats and loops ignored). */
export function clusteringOfPairs(nodes: number, pairs: Iterable<readonly [number, number]>): Clustering {
  const graph = new UndirectedGraph();
  for (let node = 0; node < nodes; node += 1) graph.addNode(String(node));
  for (const [a, b] of pairs) if (a !== b) graph.mergeEdge(String(a), String(b));
  return clustering(graph);
}
