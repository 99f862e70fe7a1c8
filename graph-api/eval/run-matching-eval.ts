// Runs the whole evaluation: every dataset × both hold-outs × every method, and checks the acceptance
// (on the time split, ours ≥ the best structural baseline and ≥ 5 × random at precision@10).
import { EVAL_RANKERS, STRUCTURAL_BASELINES, type Ranker } from './eval-rankers.ts';
import type { EvalDataset } from './eval-datasets.ts';
import { evaluateHoldOut, type HoldOutResult } from './evaluate-holdout.ts';
import { chooseCutoffYear, randomSplit, timeSplit } from './holdout-splits.ts';

export type HoldOutKind = 'time' | 'random';

export interface EvalRun {
  dataset: string;
  holdOut: HoldOutKind;
  result: HoldOutResult;
}

export interface AcceptanceCheck {
  dataset: string;
  ours: number;
  bestStructural: { method: string; value: number };
  random: number;
  beatsStructural: boolean;
  fiveTimesRandom: boolean;
}

export interface EvalReport {
  seed: number;
  /** Evaluated organisations per hold-out were capped at this (a seeded sample), or null: all of them. */
  maxOrganizations: number | null;
  datasets: Array<Omit<EvalDataset, 'input'> & { cutoffYear: number }>;
  methods: string[];
  runs: EvalRun[];
  acceptance: AcceptanceCheck[];
}

export interface EvalOptions {
  seed: number;
  maxOrganizations?: number;
  rankers?: readonly Ranker[];
  /** Called after each hold-out (progress on the terminal). */
  onRun?: (run: EvalRun) => void;
}

/** The acceptance figures of one time-split run. */
export function acceptanceOf(run: EvalRun): AcceptanceCheck {
  const p10 = (method: string): number => run.result.scores[method]?.precisionAt10 ?? 0;
  const best = STRUCTURAL_BASELINES.map((method) => ({ method, value: p10(method) })).reduce((a, b) =>
    b.value > a.value ? b : a,
  );
  return {
    dataset: run.dataset,
    ours: p10('ours'),
    bestStructural: best,
    random: p10('random'),
    beatsStructural: p10('ours') >= best.value,
    fiveTimesRandom: p10('ours') >= 5 * p10('random'),
  };
}

export function runMatchingEval(datasets: readonly EvalDataset[], options: EvalOptions): EvalReport {
  const rankers = options.rankers ?? EVAL_RANKERS;
  const runs: EvalRun[] = [];
  const described: EvalReport['datasets'] = [];
  for (const dataset of datasets) {
    const cutoffYear = chooseCutoffYear(dataset.input.links);
    const { input, ...about } = dataset;
    described.push({ ...about, cutoffYear });
    const splits: Array<[HoldOutKind, ReturnType<typeof timeSplit>]> = [
      ['time', timeSplit(input, cutoffYear)],
      ['random', randomSplit(input, options.seed)],
    ];
    for (const [holdOut, split] of splits) {
      const run = { dataset: dataset.name, holdOut, result: evaluateHoldOut(split, rankers, options) };
      runs.push(run);
      options.onRun?.(run);
    }
  }
  return {
    seed: options.seed,
    maxOrganizations: options.maxOrganizations ?? null,
    datasets: described,
    methods: rankers.map((r) => r.name),
    runs,
    acceptance: runs.filter((run) => run.holdOut === 'time').map(acceptanceOf),
  };
}
