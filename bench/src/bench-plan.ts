// What a run measures: `pnpm bench --quick` (under 5 minutes on 2 cores) or the full run.
import type { LoopSettings } from './closed-loop.ts';
import type { GraphSize } from './graph-cache.ts';

export interface SizePlan {
  size: GraphSize;
  /** Organisations each question is asked about (every side cycles through the same ones). */
  variants: number;
  loop: LoopSettings;
  peer: boolean;
  importComparison: boolean;
  analytics: { coldRuns: number; cachedRuns: number; exactBetweenness: boolean };
}

export interface BenchPlan {
  mode: 'quick' | 'full';
  sizes: SizePlan[];
  explorer: { nodes: number[]; runs: number };
}

const SEED = 1;
const size = (orgs: number): GraphSize => ({ orgs, links: orgs * 10, seed: SEED });

/** `only`: organisation counts to keep (null: every size of the mode). */
export function benchPlan(quick: boolean, only: readonly number[] | null = null): BenchPlan {
  const plan = modePlan(quick);
  return only === null ? plan : { ...plan, sizes: plan.sizes.filter((sizePlan) => only.includes(sizePlan.size.orgs)) };
}

function modePlan(quick: boolean): BenchPlan {
  if (quick) {
    const loop = { rounds: 2, roundMs: 1500, concurrency: 4, warmup: 5 };
    return {
      mode: 'quick',
      sizes: [
        { size: size(1_000), variants: 5, loop, peer: true, importComparison: true, analytics: { coldRuns: 1, cachedRuns: 5, exactBetweenness: true } },
        // Reduced: shorter rounds, no import comparison (the importer loads it once and the run caches it).
        { size: size(20_000), variants: 5, loop: { ...loop, rounds: 2, roundMs: 1000 }, peer: true, importComparison: false, analytics: { coldRuns: 1, cachedRuns: 5, exactBetweenness: false } },
      ],
      explorer: { nodes: [500, 2_000, 5_000], runs: 1 },
    };
  }
  const loop = { rounds: 4, roundMs: 5000, concurrency: 4, warmup: 20 };
  return {
    mode: 'full',
    sizes: [
      { size: size(1_000), variants: 10, loop, peer: true, importComparison: true, analytics: { coldRuns: 3, cachedRuns: 20, exactBetweenness: true } },
      { size: size(20_000), variants: 10, loop, peer: true, importComparison: true, analytics: { coldRuns: 3, cachedRuns: 20, exactBetweenness: true } },
      // Exact betweenness at 100k would take hours (MEASURED.md: ~2 min at 20k, growing as n·m).
      { size: size(100_000), variants: 10, loop, peer: true, importComparison: true, analytics: { coldRuns: 3, cachedRuns: 20, exactBetweenness: false } },
    ],
    explorer: { nodes: [500, 2_000, 5_000], runs: 3 },
  };
}
