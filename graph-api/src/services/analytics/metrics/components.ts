// Connected components over graphology-indices' neighbourhood index (compressed adjacency). graphology-components'
// connectedComponents gives the same components in the same order, but walks the graph by node key, a large part
// of a cold networkStats on a large network (docs/analytics.md; bench/src/analytics-probe.ts). The traversal is the
// library's (a stack, nodes marked when pushed, neighbours in index order), so the members come in the same order
// and the sampled path sources drawn from them stay the same.
import type { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';

/** The components as lists of node keys, in the order graphology-components' connectedComponents returns them. */
export function connectedComponentsOf({ nodes, starts, neighborhood }: NeighborhoodIndex): string[][] {
  const n = nodes.length;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const components: string[][] = [];
  for (let start = 0; start < n; start += 1) {
    if (seen[start] === 1) continue;
    const component: string[] = [];
    let size = 0;
    stack[size++] = start;
    seen[start] = 1;
    while (size > 0) {
      const v = stack[--size]!;
      component.push(nodes[v]!);
      for (let j = starts[v]!; j < starts[v + 1]!; j += 1) {
        const w = neighborhood[j]!;
        if (seen[w] === 0) {
          seen[w] = 1;
          stack[size++] = w;
        }
      }
    }
    components.push(component);
  }
  return components;
}
