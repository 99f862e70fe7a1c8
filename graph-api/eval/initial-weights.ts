// The engine's first, hand-set configuration, before the evaluation: kept so the ablation shows what the changes the
// evaluation led to (docs/matching.md) did. Only the weights and the structural index differ from MATCHING_CONFIG.
import { MATCHING_CONFIG, type MatchingConfig } from '../src/services/matching/scoring-weights.ts';

export const INITIAL_CONFIG: MatchingConfig = Object.freeze({
  ...MATCHING_CONFIG,
  weights: Object.freeze({
    CAPABILITY_FIT: 0.25,
    INTRODUCTION: 0.12,
    SHARED_ACTIVITY: 0.1,
    HUB_PROXIMITY: 0.05,
    KIND_COMPLEMENT: 0.08,
    STRUCTURAL_SIMILARITY: 0.25,
    POPULARITY: 0,
    FEEDBACK: 0.15,
  }),
  structuralIndex: 'ADAMIC_ADAR',
  structuralScale: 1.5,
});

/** The current weights with the first structural index (Adamic–Adar, scale 1.5): what switching the index changed. */
export const ADAMIC_ADAR_CONFIG: MatchingConfig = Object.freeze({
  ...MATCHING_CONFIG,
  structuralIndex: 'ADAMIC_ADAR',
  structuralScale: 1.5,
});
