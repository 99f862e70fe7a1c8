// The weight fit on the sample data's validation hold-outs: its fast re-scoring ranks as the engine does, and the
// coordinate ascent never ends below where it started.
import { beforeAll, describe, expect, it } from 'vitest';
import { MATCH_FACTORS } from '../src/services/matching/score-candidates.ts';
import { MATCHING_CONFIG } from '../src/services/matching/scoring-weights.ts';
import { engineRanker } from './eval-rankers.ts';
import { sampleEvalDataset, type EvalDataset } from './eval-datasets.ts';
import { evaluateHoldOut } from './evaluate-holdout.ts';
import {
  fitWeights,
  prepareHoldOut,
  scoreUnder,
  STRUCTURAL_VARIANTS,
  type PreparedHoldOut,
} from '../src/services/matching/fit-weights.ts';
import { prepareValidation } from './fit-weights.ts';
import { validationHoldOuts } from './weight-ablation.ts';

let sample: EvalDataset;
let prepared: PreparedHoldOut[];

beforeAll(async () => {
  sample = await sampleEvalDataset();
  prepared = prepareValidation([sample], 1, 400);
}, 60_000);

describe('fitting the weights on validation hold-outs', () => {
  it('scores a weight set as the engine ranks with it', () => {
    const weights = { ...MATCHING_CONFIG.weights, POPULARITY: 0.1, CAPABILITY_FIT: 0.3 };
    for (const { name, split } of validationHoldOuts(sample, 1)) {
      const engine = evaluateHoldOut(split, [engineRanker('trial', weights)], { seed: 1, maxOrganizations: 400 }).scores
        .trial!.precisionAt10;
      const variant = STRUCTURAL_VARIANTS.findIndex(
        (v) =>
          v.structuralIndex === MATCHING_CONFIG.structuralIndex &&
          v.structuralScale === MATCHING_CONFIG.structuralScale,
      );
      const fast = scoreUnder(prepareHoldOut(name, split, 1, 400, MATCHING_CONFIG), weights, variant);
      expect(fast).toBeGreaterThan(0);
      expect(fast).toBeCloseTo(engine, 3);
    }
  });

  it('ends at weights summing to 1 that do at least as well as the start, feedback kept', () => {
    const fit = fitWeights(prepared, MATCHING_CONFIG, { maxRounds: 1 });
    expect(MATCH_FACTORS.reduce((sum, f) => sum + fit.best.weights[f], 0)).toBeCloseTo(1, 1);
    expect(fit.best.weights.FEEDBACK).toBe(MATCHING_CONFIG.weights.FEEDBACK);
    expect(fit.best.objective).toBeGreaterThanOrEqual(fit.start.objective - 0.01);
    expect(fit.perHoldOut.map((h) => h.name)).toEqual(['sample · time (validation)', 'sample · random (validation)']);
    for (const h of fit.perHoldOut) expect(h.best).toBeLessThanOrEqual(h.ceiling);
  });
});
