// "What if": the statistics with proposed links added, on a hand-worked network.
import { describe, expect, it } from 'vitest';
import { ANALYTICS_LIMITS } from '../analytics-limits.ts';
import { testSnapshot } from '../../../../test/fixtures/test-graphs.ts';
import { networkStats } from './network-stats.ts';
import { statsDelta, whatIf } from './what-if.ts';

describe('whatIf', () => {
  it('a link joining two components, and one that exists already', () => {
    // A-B-C and D-E: 5 organisations, 3 links, 2 components. Adding C-D: 4 links, 1 component, a path of 5:
    // density 3/10 → 4/10; largest component 3 → 5; diameter of the largest component 2 → 4.
    const graph = testSnapshot([], ['A-B', 'B-C', 'D-E']).graph;
    const before = networkStats(graph, ANALYTICS_LIMITS);
    const { links, after } = whatIf(
      graph,
      [
        { from: 'C', to: 'D' },
        { from: 'B', to: 'A' },
      ],
      ANALYTICS_LIMITS,
    );
    expect(links).toEqual([
      { from: 'C', to: 'D', alreadyLinked: false, joinsComponents: true },
      { from: 'B', to: 'A', alreadyLinked: true, joinsComponents: false },
    ]);
    const delta = statsDelta(before, after);
    expect(delta).toMatchObject({
      organizations: 0,
      links: 1,
      components: -1,
      largestComponentSize: 2,
      diameter: 2,
      isolates: 0,
    });
    expect(delta.density).toBeCloseTo(0.1, 12);
    // The network itself is unchanged.
    expect(graph.size).toBe(3);
  });
});
