// The methods the evaluation compares, each a function from (graph, organisation) to its proposed partners, best
// first. "Ours" and "capability fit alone" are the engine's rankPartners (never a second ranking); the baselines
// are the neighbourhood scores of structural-baselines.ts and a random order.
import type { MatchFactor } from '../src/generated/resolvers-types.ts';
import { calibrateWeights } from '../src/services/matching/calibrate-weights.ts';
import type { HoldOut } from '../src/services/matching/hold-out.ts';
import type { MatchingGraph } from '../src/services/matching/matching-graph.ts';
import { rankPartners } from '../src/services/matching/rank-partners.ts';
import { MATCH_FACTORS } from '../src/services/matching/score-candidates.ts';
import type { MatchingConfig } from '../src/services/matching/scoring-weights.ts';
import { rankAtRandom, rankByPopularity, rankByStructure } from './structural-baselines.ts';

export interface Ranker {
  /** Short name in the table. */
  name: string;
  /** Independent runs averaged per organisation (several only for methods drawn at random). */
  runs: number;
  /** Up to `first` candidate ids (current partners left out), best first; `random` breaks ties where needed. */
  rank(graph: MatchingGraph, orgId: string, first: number, random: () => number): string[];
  /**
   * A method that learns from the hold-out's own training rows first (the API's calibration): the ranker to use on it.
   */
  forHoldOut?(holdOut: HoldOut): Ranker;
  /** What it learnt on this hold-out, for the table. */
  note?: string;
}

/** rankPartners with the given weights and config (absent: the default MATCHING_CONFIG), numbers only. */
export function engineRanker(
  name: string,
  weights?: Partial<Record<MatchFactor, number>>,
  config?: MatchingConfig,
): Ranker {
  return {
    name,
    runs: 1,
    rank: (graph, orgId, first) =>
      rankPartners(graph, orgId, {
        first,
        filter: { excludeExisting: true },
        explain: false,
        // The evaluation judges how well the scores predict new links; the needs-first frame is a policy on top.
        needsFirst: false,
        ...(weights ? { weights } : {}),
        ...(config ? { config } : {}),
      }).map((c) => c.candidateId),
  };
}

/**
 * The API's ranking: MATCHING_CONFIG with the weights calibrated on the hold-out's training rows as of its cut-off
 * (the network one year earlier predicting the year up to the cut-off, so nothing hidden is seen).
 */
export function calibratedRanker(name: string): Ranker {
  return {
    ...engineRanker(name),
    forHoldOut(holdOut) {
      const calibration = calibrateWeights(holdOut.training, holdOut.asOf);
      const weights = Object.entries(calibration.config.weights)
        .filter(([, w]) => w > 0)
        .map(([f, w]) => `${f} ${w}`)
        .join(', ');
      const note =
        calibration.outcome === 'CALIBRATED'
          ? `weights learnt from ${calibration.from} → ${calibration.to} (${calibration.scored} organisations; ` +
            `mean reciprocal rank of their new partners ${calibration.configuredScore.toFixed(3)} with the ` +
            `configured weights → ${calibration.calibratedScore.toFixed(3)}): ${weights}; ` +
            `${calibration.config.structuralIndex} ${calibration.config.structuralScale}`
          : `weights as configured (${calibration.outcome}, ${calibration.scored} organisations from ` +
            `${calibration.from} → ${calibration.to})`;
      return { ...engineRanker(name, undefined, calibration.config), note };
    },
  };
}

/** Weights with every factor 0 but `factor` (rankPartners normalises them). */
export const factorAlone = (factor: MatchFactor): Record<MatchFactor, number> =>
  Object.fromEntries(MATCH_FACTORS.map((f) => [f, f === factor ? 1 : 0])) as Record<MatchFactor, number>;

/** Seeds the random baseline is averaged over. */
export const RANDOM_RUNS = 5;

/** The table's methods, in its column order: ours first, then the floor, the structural scores, capability fit. */
export const EVAL_RANKERS: readonly Ranker[] = [
  calibratedRanker('ours'),
  engineRanker('ours, fixed weights'),
  {
    name: 'random',
    runs: RANDOM_RUNS,
    rank: (graph, orgId, first, random) => rankAtRandom(graph, orgId, first, random),
  },
  {
    name: 'common neighbours',
    runs: 1,
    rank: (graph, orgId, first, random) => rankByStructure(graph, orgId, 'COMMON_NEIGHBOURS', first, random),
  },
  {
    name: 'Adamic–Adar',
    runs: 1,
    rank: (graph, orgId, first, random) => rankByStructure(graph, orgId, 'ADAMIC_ADAR', first, random),
  },
  {
    name: 'resource allocation',
    runs: 1,
    rank: (graph, orgId, first, random) => rankByStructure(graph, orgId, 'RESOURCE_ALLOCATION', first, random),
  },
  {
    name: 'preferential attachment',
    runs: 1,
    rank: (graph, orgId, first, random) => rankByPopularity(graph, orgId, first, random),
  },
  engineRanker('capability fit', factorAlone('CAPABILITY_FIT')),
];

/** The structural baselines ours must match (the acceptance compares with the best of them). */
export const STRUCTURAL_BASELINES: readonly string[] = [
  'common neighbours',
  'Adamic–Adar',
  'resource allocation',
  'preferential attachment',
];
