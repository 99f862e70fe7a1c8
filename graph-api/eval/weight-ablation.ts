// Which factor helps and which hurts: the engine re-run with each factor alone and with each factor left out, on
// validation hold-outs only (an earlier cut-off predicting the next year, and a random split of another seed), so
// weights chosen from it are never fitted to the reported test split.
import { MATCH_FACTORS } from '../src/services/matching/score-candidates.ts';
import { MATCHING_CONFIG } from '../src/services/matching/scoring-weights.ts';
import { engineRanker, EVAL_RANKERS, factorAlone, STRUCTURAL_BASELINES, type Ranker } from './eval-rankers.ts';
import { ADAMIC_ADAR_CONFIG, INITIAL_CONFIG } from './initial-weights.ts';
import type { EvalDataset } from './eval-datasets.ts';
import { evaluateHoldOut, type HoldOutResult } from './evaluate-holdout.ts';
import type { HoldOut } from '../src/services/matching/hold-out.ts';
import { chooseCutoffYear, randomSplit, timeSplit } from './holdout-splits.ts';

/** Seed offset of the validation random split (the reported one uses the run's seed itself). */
const VALIDATION_SEED_OFFSET = 1000;

export interface AblationResult {
  dataset: string;
  holdOut: string;
  result: HoldOutResult;
}

/** The default config, each factor alone, each factor left out, the earlier configs, and the structural baselines. */
export function ablationRankers(): Ranker[] {
  // FEEDBACK is the same for every candidate without recorded feedback (none in the evaluation): nothing to learn.
  const factors = MATCH_FACTORS.filter((f) => f !== 'FEEDBACK');
  return [
    engineRanker('default'),
    ...factors.map((f) => engineRanker(`only ${f}`, factorAlone(f))),
    ...factors.map((f) => engineRanker(`without ${f}`, { ...MATCHING_CONFIG.weights, [f]: 0 })),
    engineRanker('default weights, Adamic–Adar index', undefined, ADAMIC_ADAR_CONFIG),
    engineRanker('hand-set (before the evaluation)', undefined, INITIAL_CONFIG),
    // The structural baselines on the same validation hold-outs, as the yardstick.
    ...EVAL_RANKERS.filter((r) => STRUCTURAL_BASELINES.includes(r.name)),
  ];
}

/**
 * The validation hold-outs of a dataset: network as of (test cut-off − 1) predicting the test cut-off's year; a random
 * split of another seed.
 */
export function validationHoldOuts(dataset: EvalDataset, seed: number): Array<{ name: string; split: HoldOut }> {
  const testCutoff = chooseCutoffYear(dataset.input.links);
  return [
    { name: 'time (validation)', split: timeSplit(dataset.input, testCutoff - 1, testCutoff) },
    { name: 'random (validation)', split: randomSplit(dataset.input, seed + VALIDATION_SEED_OFFSET) },
  ];
}

export function runAblation(
  dataset: EvalDataset,
  rankers: readonly Ranker[],
  seed: number,
  maxOrganizations: number,
): AblationResult[] {
  return validationHoldOuts(dataset, seed).map(({ name, split }) => ({
    dataset: dataset.name,
    holdOut: name,
    result: evaluateHoldOut(split, rankers, { seed, maxOrganizations }),
  }));
}
