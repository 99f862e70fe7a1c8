// Centralities on hand-worked networks, and the sampled estimates against the exact values.
import { sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { ANALYTICS_LIMITS } from '../analytics-limits.ts';
import { randomLinks, testSnapshot } from '../../../../test/fixtures/test-graphs.ts';
import { pivotBetweenness } from './betweenness.ts';
import { centralityValues, rankByValue } from './centrality.ts';
import { pivotCloseness } from './closeness.ts';
import { seededRandom } from '@siheung/core/random';

const star = testSnapshot([], ['HUB-A', 'HUB-B', 'HUB-C']).graph;
const path = testSnapshot([], ['A-B', 'B-C', 'C-D']).graph;

describe('centrality, by hand', () => {
  it('degree: partners / (n − 1)', () => {
    // Star: the centre has 3 of 3 possible partners, each leaf 1 of 3.
    expect(centralityValues(star, 'DEGREE', ANALYTICS_LIMITS).values).toEqual({ HUB: 1, A: 1 / 3, B: 1 / 3, C: 1 / 3 });
  });

  it('betweenness: the share of shortest paths between others through a node, normalised 2/((n−1)(n−2))', () => {
    // Star of 4: the 3 leaf pairs all pass through the centre → 3 · 2/(3·2) = 1; leaves 0.
    expect(centralityValues(star, 'BETWEENNESS', ANALYTICS_LIMITS)).toMatchObject({
      values: { HUB: 1, A: 0, B: 0, C: 0 },
      exact: true,
      samplePivots: null,
      weighted: false,
    });
    // Path A-B-C-D: B lies on A–C and A–D → 2 · 2/6 = 2/3; C likewise; the ends 0.
    const values = centralityValues(path, 'BETWEENNESS', ANALYTICS_LIMITS).values;
    expect(values.B).toBeCloseTo(2 / 3, 12);
    expect(values.C).toBeCloseTo(2 / 3, 12);
    expect(values.A).toBe(0);
  });

  it('closeness with the Wasserman–Faust correction, also across components', () => {
    // Path A-B-C-D: A reaches 3 at total distance 6 → 3/6 = 0.5; B: 1+1+2 = 4 → 0.75.
    const values = centralityValues(path, 'CLOSENESS', ANALYTICS_LIMITS).values;
    expect(values.A).toBeCloseTo(0.5, 12);
    expect(values.B).toBeCloseTo(0.75, 12);
    // {A-B} and {C-D-E}, n = 5. A: r = 2 → (1/4)·(1/1) = 0.25. D (middle): r = 3, total 2 → (2/4)·(2/2) = 0.5.
    // C: total 1 + 2 = 3 → (2/4)·(2/3) = 1/3.
    const split = centralityValues(testSnapshot([], ['A-B', 'C-D', 'D-E']).graph, 'CLOSENESS', ANALYTICS_LIMITS).values;
    expect(split.A).toBeCloseTo(0.25, 12);
    expect(split.D).toBeCloseTo(0.5, 12);
    expect(split.C).toBeCloseTo(1 / 3, 12);
  });

  it('eigenvector and PageRank are weighted; symmetric positions score alike', () => {
    const eigen = centralityValues(star, 'EIGENVECTOR', ANALYTICS_LIMITS);
    // Star K1,3: the leading eigenvector is (√3, 1, 1, 1) normalised → centre √3/√6 = 1/√2, leaves 1/√6.
    expect(eigen.weighted).toBe(true);
    expect(eigen.values.HUB).toBeCloseTo(1 / Math.SQRT2, 5);
    expect(eigen.values.A).toBeCloseTo(1 / Math.sqrt(6), 5);
    // PageRank of a star (d = 0.85): leaf p = (1−d)/4 + d·c/3 and c = (1−d)/4 + d·3p, with c + 3p = 1
    //   → p = (0.0375 + 0.85/3) / (1 + 0.85) = 0.17342…, c = 1 − 3p = 0.47973…
    const rank = centralityValues(star, 'PAGERANK', ANALYTICS_LIMITS).values;
    const leaf = (0.0375 + 0.85 / 3) / 1.85;
    expect(rank.A).toBeCloseTo(leaf, 6);
    expect(rank.HUB).toBeCloseTo(1 - 3 * leaf, 6);
    // A heavier tie draws PageRank towards its end: A-B weighs 5, A-C 1.
    const weighted = centralityValues(
      testSnapshot(
        [],
        [
          { pair: 'A-B', weight: 5 },
          { pair: 'A-C', weight: 1 },
        ],
      ).graph,
      'PAGERANK',
      ANALYTICS_LIMITS,
    ).values;
    expect(weighted.B!).toBeGreaterThan(weighted.C!);
  });

  it('ranks highest first, ties by id, with each organisation’s degree', () => {
    const ranked = rankByValue(star, centralityValues(star, 'DEGREE', ANALYTICS_LIMITS).values, 3);
    expect(ranked).toEqual([
      { rank: 1, organizationId: 'HUB', value: 1, degree: 3 },
      { rank: 2, organizationId: 'A', value: 1 / 3, degree: 1 },
      { rank: 3, organizationId: 'B', value: 1 / 3, degree: 1 },
    ]);
  });
});

describe('sampled betweenness and closeness (pivots) against the exact values', () => {
  const graph = testSnapshot([], randomLinks(400, 1_200, seededRandom('test', 'random-graph'))).graph;
  const nodes = graph.nodes();

  it('betweenness from 100 of 400 pivots ranks organisations nearly as the exact values do', () => {
    const exact = centralityValues(graph, 'BETWEENNESS', ANALYTICS_LIMITS);
    const sampled = pivotBetweenness(graph, 100, 'test');
    expect(exact.exact).toBe(true);
    expect(sampled).toMatchObject({ exact: false, samplePivots: 100 });
    const correlation = sampleRankCorrelation(
      nodes.map((n) => exact.values[n]!),
      nodes.map((n) => sampled.values[n]!),
    );
    expect(correlation).toBeGreaterThan(0.9);
    // The estimate is unbiased: the totals agree within a few per cent.
    const total = (values: Record<string, number>) => nodes.reduce((sum, n) => sum + values[n]!, 0);
    expect(total(sampled.values) / total(exact.values)).toBeGreaterThan(0.9);
    expect(total(sampled.values) / total(exact.values)).toBeLessThan(1.1);
    // Every node as a pivot is the exact computation.
    const all = pivotBetweenness(graph, 400, 'test');
    for (const n of nodes) expect(all.values[n]).toBeCloseTo(exact.values[n]!, 10);
  });

  it('the limit switches betweenness to pivots, and the answer says so; the same seed gives the same estimate', () => {
    const limits = { ...ANALYTICS_LIMITS, exactCentralityMaxNodes: 100, centralityPivots: 50 };
    const first = centralityValues(graph, 'BETWEENNESS', limits);
    expect(first).toMatchObject({ exact: false, samplePivots: 50 });
    expect(centralityValues(graph, 'BETWEENNESS', limits).values).toEqual(first.values);
  });

  it('closeness from 100 pivots per component ranks organisations nearly as the exact values do', () => {
    const exact = centralityValues(graph, 'CLOSENESS', ANALYTICS_LIMITS);
    const sampled = pivotCloseness(graph, 100, 'test');
    expect(sampled.exact).toBe(false);
    const correlation = sampleRankCorrelation(
      nodes.map((n) => exact.values[n]!),
      nodes.map((n) => sampled.values[n]!),
    );
    expect(correlation).toBeGreaterThan(0.95);
  });
});
