// The evaluation's metrics against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { meanScores, precisionAt, recallAt, reciprocalRank, scoreRanking } from './ranking-metrics.ts';

// Ranked: a b c d e f g h i j k; the organisation really gained c, f and z (z was never proposed).
const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
const gained = new Set(['c', 'f', 'z']);

describe('ranking metrics', () => {
  it('precision@k is the share of the first k proposals that became partners', () => {
    expect(precisionAt(ranked, gained, 5)).toBeCloseTo(1 / 5); // c
    expect(precisionAt(ranked, gained, 10)).toBeCloseTo(2 / 10); // c, f
    expect(precisionAt(ranked, gained, 1)).toBe(0);
  });

  it('precision@k divides by k even when the list is shorter', () => {
    expect(precisionAt(['c', 'f'], gained, 10)).toBeCloseTo(2 / 10);
  });

  it('recall@k is the share of the new partners found in the first k', () => {
    expect(recallAt(ranked, gained, 10)).toBeCloseTo(2 / 3);
    expect(recallAt(ranked, gained, 3)).toBeCloseTo(1 / 3);
    expect(recallAt(ranked, new Set(), 10)).toBe(0);
  });

  it('the reciprocal rank is 1 / the rank of the first hit, 0 without one', () => {
    expect(reciprocalRank(ranked, gained)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['f', 'a'], gained)).toBe(1);
    expect(reciprocalRank(['a', 'b'], gained)).toBe(0);
  });

  it('rejects a k that is not positive', () => {
    expect(() => precisionAt(ranked, gained, 0)).toThrow(RangeError);
    expect(() => recallAt(ranked, gained, -1)).toThrow(RangeError);
  });

  it('averages each metric over organisations, each counting once', () => {
    const first = scoreRanking(ranked, gained); // P@5 0.2, P@10 0.2, R@10 2/3, RR 1/3
    const second = scoreRanking(['x', 'y'], new Set(['y'])); // P@5 0.2, P@10 0.1, R@10 1, RR 1/2
    const mean = meanScores([first, second]);
    expect(mean.precisionAt5).toBeCloseTo(0.2);
    expect(mean.precisionAt10).toBeCloseTo(0.15);
    expect(mean.recallAt10).toBeCloseTo((2 / 3 + 1) / 2);
    expect(mean.mrr).toBeCloseTo((1 / 3 + 1 / 2) / 2);
    expect(meanScores([])).toEqual({ precisionAt5: 0, precisionAt10: 0, recallAt10: 0, mrr: 0 });
  });
});
