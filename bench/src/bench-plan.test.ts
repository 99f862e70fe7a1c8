// Checks what the runs measure: the full run everything bench/README.md lists, the quick run a stated subset of it.
import { describe, expect, it } from 'vitest';
import { benchPlan, reductions } from './bench-plan.ts';

describe('the full run', () => {
  const plan = benchPlan(false);

  it('measures 1k, 20k and 100k organisations with ten times as many links, each with every comparison', () => {
    expect(plan.sizes.map((sizePlan) => [sizePlan.size.orgs, sizePlan.size.links])).toEqual([
      [1_000, 10_000],
      [20_000, 200_000],
      [100_000, 1_000_000],
    ]);
    for (const sizePlan of plan.sizes) {
      expect(sizePlan.importComparison).toBe(true);
      expect(sizePlan.peer).toBe(true);
      expect(sizePlan.onlyIfCached).toBe(false);
    }
  });

  it('draws 500, 2,000 and 5,000-element views with every renderer, several times each', () => {
    expect(plan.explorer.nodes).toEqual([500, 2_000, 5_000]);
    expect(plan.explorer.renderers).toEqual(['full', 'fast', 'webgl']);
    expect(plan.explorer.runs).toBeGreaterThan(1);
  });

  it('states no reduction', () => {
    expect(reductions(plan)).toEqual([]);
  });
});

describe('the quick run', () => {
  const plan = benchPlan(true);

  it('measures 500 and 2,000 nodes, fast canvas vs WebGL, an import comparison, the 20k graph when cached', () => {
    expect(plan.explorer.nodes).toEqual([500, 2_000]);
    expect(plan.explorer.renderers).toEqual(['fast', 'webgl']);
    expect(plan.sizes.some((sizePlan) => sizePlan.importComparison)).toBe(true);
    expect(plan.sizes.find((sizePlan) => sizePlan.size.orgs === 20_000)?.onlyIfCached).toBe(true);
  });

  it('asks each side for enough samples that p95 is not a single outlier', () => {
    // p95 of n samples lies between the ⌈0.05·n⌉-th slowest answers: at least the 2nd slowest from 20 on.
    for (const sizePlan of plan.sizes) expect(sizePlan.loop.minSamples).toBeGreaterThanOrEqual(20);
  });

  it('names every way it measures less than the full run', () => {
    const lines = reductions(plan).join('\n');
    expect(lines).toContain('100k graph not measured: not in the quick run');
    expect(lines).toContain('20k graph: no import comparison');
    expect(lines).toMatch(
      /1k graph: closed loop of 2 interleaved rounds of 1 s per side.*full run: 4 interleaved rounds of 5 s/,
    );
    expect(lines).toContain('explorer: views of 500, 2,000 nodes (full run: 500, 2,000, 5,000)');
    expect(lines).toContain('explorer: renderers fast, webgl (full run: full, fast, webgl)');
    expect(lines).toContain('20k graph: no exact-vs-sampled betweenness agreement');
  });

  it('says why a size was left out at run time', () => {
    const lines = reductions(plan, [{ orgs: 20_000, why: 'its database is not cached' }]);
    expect(lines).toContain('20k graph not measured: its database is not cached');
    expect(lines.some((line) => line.startsWith('20k graph:'))).toBe(false);
  });

  it('keeps only the sizes asked for with --sizes', () => {
    expect(benchPlan(true, [20_000]).sizes.map((sizePlan) => sizePlan.size.orgs)).toEqual([20_000]);
  });
});
