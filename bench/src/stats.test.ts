// Checks the bench's figures: percentiles and throughput, and Spearman's rank agreement (exact vs sampled betweenness).
import { describe, expect, it } from 'vitest';
import { medianOf, spearman, summarizeLatencies } from './stats.ts';

describe('summarizeLatencies', () => {
  it('gives the median, the 95th percentile and requests per second of the wall time', () => {
    const latencies = Array.from({ length: 100 }, (_, index) => index + 1); // 1..100 ms
    const summary = summarizeLatencies(latencies, 2000);
    expect(summary.samples).toBe(100);
    expect(summary.p50Ms).toBeGreaterThanOrEqual(50);
    expect(summary.p50Ms).toBeLessThanOrEqual(51);
    expect(summary.p95Ms).toBeGreaterThanOrEqual(95);
    expect(summary.p95Ms).toBeLessThanOrEqual(96);
    expect(summary.maxMs).toBe(100);
    expect(summary.throughput).toBe(50);
  });

  it('does not depend on the order the answers came back in', () => {
    const shuffled = [7, 3, 9, 1, 5];
    expect(summarizeLatencies(shuffled, 1000).p50Ms).toBe(5);
    expect(medianOf(shuffled)).toBe(5);
  });

  it('reports no figures rather than zeros when nothing was measured', () => {
    const summary = summarizeLatencies([], 1000);
    expect(summary.samples).toBe(0);
    expect(summary.p95Ms).toBeNaN();
    expect(summary.throughput).toBe(0);
  });
});

describe('spearman', () => {
  const map = (entries: Array<[string, number]>) => new Map(entries);

  it('is 1 for the same order, whatever the scale, and −1 for the reverse', () => {
    const exact = map([
      ['a', 10],
      ['b', 20],
      ['c', 30],
      ['d', 40],
    ]);
    expect(
      spearman(
        exact,
        map([
          ['a', 0.1],
          ['b', 0.5],
          ['c', 0.6],
          ['d', 9],
        ]),
      ),
    ).toBeCloseTo(1, 10);
    expect(
      spearman(
        exact,
        map([
          ['a', 4],
          ['b', 3],
          ['c', 2],
          ['d', 1],
        ]),
      ),
    ).toBeCloseTo(-1, 10);
  });

  it('matches the textbook value with one swap: 1 − 6·Σd²/(n(n²−1))', () => {
    // Ranks 1,2,3,4,5 vs 2,1,3,4,5: Σd² = 2, n = 5 → 1 − 12/120 = 0.9.
    const a = map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5],
    ]);
    const b = map([
      ['a', 2],
      ['b', 1],
      ['c', 3],
      ['d', 4],
      ['e', 5],
    ]);
    expect(spearman(a, b)).toBeCloseTo(0.9, 10);
  });

  it('compares only the organisations both sides scored', () => {
    const a = map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['only-a', 100],
    ]);
    const b = map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['only-b', -5],
    ]);
    expect(spearman(a, b)).toBeCloseTo(1, 10);
  });

  it('is undefined (NaN) when there is no ranking to agree with', () => {
    expect(spearman(map([['a', 1]]), map([['a', 1]]))).toBeNaN();
    expect(
      spearman(
        map([
          ['a', 0],
          ['b', 0],
          ['c', 0],
        ]),
        map([
          ['a', 1],
          ['b', 2],
          ['c', 3],
        ]),
      ),
    ).toBeNaN();
  });
});
