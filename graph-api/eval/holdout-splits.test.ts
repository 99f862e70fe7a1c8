// The hold-outs hide exactly what they say, never leave a hidden link in the training network, and repeat per seed.
import { describe, expect, it } from 'vitest';
import { buildMatchingGraph } from '../src/services/matching/matching-graph.ts';
import { evalTestInput } from './eval-test-input.ts';
import { pairKey } from '../src/services/matching/hold-out.ts';
import { chooseCutoffYear, randomSplit, timeSplit } from './holdout-splits.ts';

const input = evalTestInput([
  'A-B 2019-03-01',
  'B-C 2020-06-01',
  'C-D 2021-12-31', // up to the 2021 cut-off
  'A-C 2022-01-01',
  'D-E 2022-07-01',
  'A-B 2023-02-01', // after it (A-B again: already partners, not a new one)
  'E-F 2024-05-01',
]);

describe('time split', () => {
  const split = timeSplit(input, 2021);

  it('hides exactly the links formed after the cut-off and keeps the network as of it', () => {
    expect(split.asOf).toBe('2021-12-31');
    expect(split.hidden.map((l) => l.id)).toEqual(['L4', 'L5', 'L6', 'L7']);
    expect(split.training.links.map((l) => l.id)).toEqual(['L1', 'L2', 'L3']);
    expect(split.training.organizations).toBe(input.organizations);
  });

  it('leaves no hidden link in the engine graph built from the training rows', () => {
    const graph = buildMatchingGraph(split.training, split.asOf);
    const linkIds = new Set(graph.pairLinks.flat());
    for (const link of split.hidden) expect(linkIds.has(link.id)).toBe(false);
  });

  it('asks for the new partners only, from both ends', () => {
    expect(Object.fromEntries([...split.targets].map(([org, set]) => [org, [...set].sort()]))).toEqual({
      A: ['C'],
      C: ['A'],
      D: ['E'],
      E: ['D', 'F'],
      F: ['E'],
    });
  });

  it('with a horizon, hides one year and drops the later links from both sides', () => {
    const validation = timeSplit(input, 2021, 2022);
    expect(validation.hidden.map((l) => l.id)).toEqual(['L4', 'L5']);
    expect(validation.training.links.map((l) => l.id)).toEqual(['L1', 'L2', 'L3']);
  });
});

describe('chooseCutoffYear', () => {
  it('takes the latest year after which at least the given share of links formed', () => {
    expect(chooseCutoffYear(input.links, 0.1)).toBe(2023); // after 2023: E-F, 1 of 7 = 14 %
    expect(chooseCutoffYear(input.links, 0.15)).toBe(2022); // after 2023 too few; after 2022: A-B, E-F = 29 %
  });

  it('fails when no year leaves enough links after it', () => {
    expect(() => chooseCutoffYear(input.links, 1)).toThrow(/no cut-off year/);
  });
});

describe('random split', () => {
  // Every pair of A–H (28), every third one with a second link.
  const pairs = [...'ABCDEFGH'].flatMap((a, i) => [...'ABCDEFGH'].slice(i + 1).map((b) => `${a}-${b}`));
  const many = evalTestInput(
    pairs.flatMap((pair, i) => (i % 3 === 0 ? [`${pair} 2020-01-01`, `${pair} 2022-01-01`] : [`${pair} 2020-01-01`])),
  );

  it('hides a seeded tenth of the partner pairs, with all their links, and none stays in training', () => {
    const split = randomSplit(many, 7);
    const hiddenPairs = new Set(split.hidden.map((l) => pairKey(l.from, l.to)));
    expect(hiddenPairs.size).toBe(3); // round(28 / 10)
    for (const link of split.training.links) expect(hiddenPairs.has(pairKey(link.from, link.to))).toBe(false);
    expect(split.training.links.length + split.hidden.length).toBe(many.links.length);
    expect(split.asOf).toBeNull();
  });

  it('repeats for a seed and changes with it', () => {
    const ids = (seed: number): string[] => randomSplit(many, seed).hidden.map((l) => l.id);
    expect(ids(7)).toEqual(ids(7));
    expect([ids(1), ids(2), ids(3)].some((hidden) => hidden.join() !== ids(7).join())).toBe(true);
  });
});
