// The neighbourhood baselines on a graph whose scores are worked out by hand.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@siheung/core/random';
import { buildMatchingGraph } from '../src/services/matching/matching-graph.ts';
import { evalTestInput } from './eval-test-input.ts';
import { rankAtRandom, rankByPopularity, rankByStructure } from './structural-baselines.ts';

// A's partners: B and C (6 partners each) and P (2). X shares B and C with A; Y shares only P; D–G share B, H–K share
// C; L and M share nothing. Common neighbours: X 2, the rest 1. Resource allocation: Y 1/2 > X 2/6 > D–K 1/6.
// Adamic–Adar: Y 1/ln 2 = 1.44 > X 2/ln 6 = 1.12 > D–K 1/ln 6 = 0.56.
const input = evalTestInput(
  ['A-B', 'A-C', 'A-P', 'B-X', 'C-X', 'P-Y', 'B-D', 'B-E', 'B-F', 'B-G', 'C-H', 'C-I', 'C-J', 'C-K'].map(
    (pair) => `${pair} 2020-01-01`,
  ),
  'ABCPXYDEFGHIJKLM',
);
const graph = buildMatchingGraph(input);
const random = (seed = 1): (() => number) => seededRandom(String(seed), 'test');
const SHARING_ONE = ['D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'];

describe('structural baselines', () => {
  it('common neighbours puts the pair with two shared partners first, then the ones with one', () => {
    const ranked = rankByStructure(graph, 'A', 'COMMON_NEIGHBOURS', 20, random());
    expect(ranked[0]).toBe('X');
    expect(ranked.slice(1, 10).sort()).toEqual([...SHARING_ONE, 'Y'].sort());
    expect(ranked.slice(10).sort()).toEqual(['L', 'M']);
  });

  it('resource allocation and Adamic–Adar prefer a shared partner of few partners', () => {
    for (const kind of ['RESOURCE_ALLOCATION', 'ADAMIC_ADAR'] as const) {
      const ranked = rankByStructure(graph, 'A', kind, 20, random());
      expect(ranked.slice(0, 2)).toEqual(['Y', 'X']);
      expect(ranked.slice(2, 10).sort()).toEqual(SHARING_ONE);
      expect(ranked.slice(10).sort()).toEqual(['L', 'M']);
    }
  });

  it('preferential attachment ranks candidates by their own partner count, not by what they share', () => {
    // X has 2 partners, Y and D–K one each, L and M none.
    const ranked = rankByPopularity(graph, 'A', 20, random());
    expect(ranked[0]).toBe('X');
    expect(ranked.slice(1, 10).sort()).toEqual([...SHARING_ONE, 'Y'].sort());
    expect(ranked.slice(10).sort()).toEqual(['L', 'M']);
  });

  it('never proposes the organisation itself or a current partner, and stops at `first`', () => {
    const ranked = rankByStructure(graph, 'A', 'COMMON_NEIGHBOURS', 5, random());
    expect(ranked).toHaveLength(5);
    expect(ranked.filter((id) => ['A', 'B', 'C', 'P'].includes(id))).toEqual([]);
  });

  it('random gives every candidate once, in an order that repeats per seed', () => {
    const ranked = rankAtRandom(graph, 'A', 50, random(3));
    expect([...ranked].sort()).toEqual([...SHARING_ONE, 'L', 'M', 'X', 'Y'].sort());
    expect(rankAtRandom(graph, 'A', 50, random(3))).toEqual(ranked);
    expect([1, 2, 4, 5].some((seed) => rankAtRandom(graph, 'A', 50, random(seed)).join() !== ranked.join())).toBe(true);
  });

  it('draws a short random list from the candidates only, every candidate reachable', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed += 1) {
      const ranked = rankAtRandom(graph, 'A', 3, random(seed));
      expect(new Set(ranked).size).toBe(3);
      expect(ranked.filter((id) => ['A', 'B', 'C', 'P'].includes(id))).toEqual([]);
      ranked.forEach((id) => seen.add(id));
    }
    expect([...seen].sort()).toEqual([...SHARING_ONE, 'L', 'M', 'X', 'Y'].sort());
  });

  it('breaks ties at random rather than by id', () => {
    const firstTied = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => rankByStructure(graph, 'A', 'COMMON_NEIGHBOURS', 2, random(seed))[1]),
    );
    expect(firstTied.size).toBeGreaterThan(1);
  });
});
