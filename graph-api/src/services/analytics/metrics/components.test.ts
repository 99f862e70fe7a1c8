// Connected components over the neighbourhood index: the members worked out by hand, and the same lists in the same
// order as graphology-components (which the sampled path sources depend on) on a seeded random network.
import { connectedComponents } from 'graphology-components';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import { describe, expect, it } from 'vitest';
import { randomLinks, testSnapshot } from '../../../../test/fixtures/test-graphs.ts';
import { connectedComponentsOf } from './components.ts';
import { seededRandom } from '@siheung/core/random';

describe('connectedComponentsOf', () => {
  it('finds each group of linked organisations once, isolates alone', () => {
    // A-B-C-A and C-D-F form one group; X-Y another; E and Z have no links.
    const { graph } = testSnapshot(['E', 'Z'], ['A-B', 'B-C', 'C-A', 'D-F', 'C-D', 'X-Y']);
    const components = connectedComponentsOf(new NeighborhoodIndex(graph)).map((members) => [...members].sort());
    expect(components.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual([
      ['A', 'B', 'C', 'D', 'F'],
      ['E'],
      ['X', 'Y'],
      ['Z'],
    ]);
  });

  it('gives graphology-components’ lists in its order', () => {
    // 300 organisations, 200 pairs: many small components and isolates.
    const { graph } = testSnapshot(
      Array.from({ length: 300 }, (_, i) => `N${String(i).padStart(4, '0')}`),
      randomLinks(300, 200, seededRandom('components-test', 'links')),
    );
    const expected = connectedComponents(graph);
    expect(expected.length).toBeGreaterThan(10);
    expect(connectedComponentsOf(new NeighborhoodIndex(graph))).toEqual(expected);
  });
});
