// networkStats on small networks whose values are worked out by hand (the working is in the comments).
import { describe, expect, it } from 'vitest';
import { ANALYTICS_LIMITS } from '../analytics-limits.ts';
import { testSnapshot } from '../../../../test/fixtures/test-graphs.ts';
import { networkStats } from './network-stats.ts';

describe('networkStats, by hand', () => {
  it('a triangle with a tail and an isolate', () => {
    // A-B, B-C, C-A, C-D, and E alone. n = 5, m = 4.
    // density = 4 / (5·4/2) = 0.4; average degree = 2·4/5 = 1.6.
    // Components {A,B,C,D} and {E}: 2, the largest 4/5 = 0.8; isolates 1.
    // Local clustering: A and B have 2 partners, linked: 1; C has A, B, D: 3 pairs, 1 linked: 1/3; D and E: 0.
    //   average = (1 + 1 + 1/3 + 0 + 0) / 5 = 7/15. Transitivity: 1 triangle; triples 1 + 1 + 3 = 5 → 3/5.
    // Paths in {A,B,C,D}: AB 1, AC 1, AD 2, BC 1, BD 2, CD 1 → 8 / 6 = 4/3; diameter 2.
    const stats = networkStats(testSnapshot(['E'], ['A-B', 'B-C', 'C-A', 'C-D']).graph, ANALYTICS_LIMITS);
    expect(stats).toMatchObject({
      organizations: 5,
      links: 4,
      components: 2,
      largestComponentSize: 4,
      isolates: 1,
      diameter: 2,
      pathsExact: true,
      pathSources: 4,
    });
    expect(stats.density).toBeCloseTo(0.4, 12);
    expect(stats.averageDegree).toBeCloseTo(1.6, 12);
    expect(stats.largestComponentShare).toBeCloseTo(0.8, 12);
    expect(stats.averageClustering).toBeCloseTo(7 / 15, 12);
    expect(stats.transitivity).toBeCloseTo(3 / 5, 12);
    expect(stats.averageShortestPath).toBeCloseTo(4 / 3, 12);
  });

  it('two triangles joined by one link: two Louvain communities and their modularity', () => {
    // Triangles ABC and DEF, bridge C-D: m = 7. Each community has 3 internal links and degree sum 2+2+3 = 7.
    // Q = Σ (L_c/m − (d_c/2m)²) = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
    const stats = networkStats(
      testSnapshot([], ['A-B', 'B-C', 'C-A', 'D-E', 'E-F', 'F-D', 'C-D']).graph,
      ANALYTICS_LIMITS,
    );
    expect(stats.communities).toBe(2);
    expect(stats.modularity).toBeCloseTo(5 / 14, 10);
  });

  it('a path of four: average path 5/3, diameter 3; sampled past the limit, and then it says so', () => {
    // A-B-C-D: AB 1, AC 2, AD 3, BC 1, BD 2, CD 1 → 10 / 6 = 5/3.
    const graph = testSnapshot([], ['A-B', 'B-C', 'C-D']).graph;
    expect(networkStats(graph, ANALYTICS_LIMITS)).toMatchObject({ diameter: 3, pathsExact: true, pathSources: 4 });
    expect(networkStats(graph, ANALYTICS_LIMITS).averageShortestPath).toBeCloseTo(5 / 3, 12);
    // Limit 3 < 4 members: sampled from 2 sources (and the far ends of their sweeps, when not sources already).
    const sampled = networkStats(graph, { ...ANALYTICS_LIMITS, exactPathsMaxNodes: 3, pathSources: 2 });
    expect(sampled.pathsExact).toBe(false);
    expect(sampled.pathSources).toBeGreaterThanOrEqual(2);
    // Any source's mean distance lies between B's (4/3) and A's (2); the double sweep finds the true diameter here.
    expect(sampled.averageShortestPath).toBeGreaterThanOrEqual(4 / 3);
    expect(sampled.averageShortestPath).toBeLessThanOrEqual(2);
    expect(sampled.diameter).toBe(3);
  });

  it('an empty network and a network without links', () => {
    expect(networkStats(testSnapshot([], []).graph, ANALYTICS_LIMITS)).toMatchObject({
      organizations: 0,
      links: 0,
      density: null,
      components: 0,
      largestComponentShare: null,
      averageShortestPath: null,
      diameter: null,
      modularity: null,
    });
    expect(networkStats(testSnapshot(['A', 'B'], []).graph, ANALYTICS_LIMITS)).toMatchObject({
      organizations: 2,
      links: 0,
      density: 0,
      components: 2,
      isolates: 2,
      averageClustering: 0,
      transitivity: 0,
      modularity: null,
      communities: 0,
    });
  });
});
