// Choosing the factor weights from hold-outs (hold-out.ts): every factor's value is computed once per (organisation,
// candidate); a weight set is then scored by re-ranking those rows, so trying hundreds of sets costs seconds. Used by
// the API's calibration on the network's own last year (calibrate-weights.ts) and by `pnpm eval:matching --fit`.
import type { MatchFactor } from '../../generated/resolvers-types.ts';
import { organizationsToScore, type HoldOut } from './hold-out.ts';
import { buildMatchingGraph } from './matching-graph.ts';
import { candidatePool, factorValuesInto, MATCH_FACTORS, sourceContext } from './score-candidates.ts';
import type { MatchingConfig } from './scoring-weights.ts';

/** FEEDBACK is the same for every candidate without feedback (none in a hold-out): it keeps its weight. */
const FITTED: readonly MatchFactor[] = MATCH_FACTORS.filter((f) => f !== 'FEEDBACK');
/** The values each fitted weight may take (before the fitted weights are scaled to sum 1 − FEEDBACK). */
export const WEIGHT_GRID: readonly number[] = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8];
/**
 * The structural indices tried (config.structuralIndex and its scale): each gives its own STRUCTURAL_SIMILARITY values.
 */
export const STRUCTURAL_VARIANTS: ReadonlyArray<Pick<MatchingConfig, 'structuralIndex' | 'structuralScale'>> = [
  { structuralIndex: 'ADAMIC_ADAR', structuralScale: 1.5 },
  { structuralIndex: 'RESOURCE_ALLOCATION', structuralScale: 0.5 },
  { structuralIndex: 'RESOURCE_ALLOCATION', structuralScale: 0.2 },
];
/** Precision is read at this rank (P@10: what the secretariat looks at). */
const K = 10;

/**
 * What a weight set is judged by: precision@10 (the evaluation's headline), or the mean reciprocal rank of the new
 * partners — smoother, as every new partner's rank counts and not only whether it reached the first ten, which
 * matters on one year of a small network, where precision@10 moves in steps of one hit.
 */
export type FitMeasure = 'PRECISION_AT_10' | 'MEAN_RECIPROCAL_RANK';

/** The index in STRUCTURAL_VARIANTS of a config's structural index (the first when it is none of them). */
const variantOf = (config: MatchingConfig): number =>
  Math.max(
    0,
    STRUCTURAL_VARIANTS.findIndex(
      (v) => v.structuralIndex === config.structuralIndex && v.structuralScale === config.structuralScale,
    ),
  );

interface PreparedOrganization {
  /**
   * Per structural variant, the candidates' factor values (MATCH_FACTORS.length per candidate, candidates by ascending
   * id).
   */
  values: Float64Array[];
  /** Which candidates (positions) are new partners. */
  relevant: Uint8Array;
}

export interface PreparedHoldOut {
  name: string;
  /** Organisations with a new partner in the graph, and the (seeded sample of them) scored. */
  eligible: number;
  organizations: PreparedOrganization[];
  /**
   * The best value of each measure any list can reach here: the objective is each hold-out's value as a share of it.
   */
  ceilings: Record<FitMeasure, number>;
}

/** Every factor value of every candidate (the pool with POPULARITY's candidates, current partners left out). */
export function prepareHoldOut(
  name: string,
  holdOut: HoldOut,
  seed: number,
  maxOrganizations: number,
  config: MatchingConfig,
): PreparedHoldOut {
  const graph = buildMatchingGraph(holdOut.training, holdOut.asOf, config);
  const { eligible, chosen } = organizationsToScore(graph, holdOut, { seed, maxOrganizations });
  const row = new Float64Array(MATCH_FACTORS.length);
  const organizations = chosen.map(([orgId, relevant]) => {
    const source = graph.indexOf.get(orgId)!;
    const contexts = STRUCTURAL_VARIANTS.map((variant) =>
      sourceContext(graph, { ...config, ...variant }, source, null),
    );
    // Ascending id: the engine's order among equal scores.
    const pool = candidatePool(contexts[0]!, null, true)
      .filter((i) => contexts[0]!.search.distance[i] !== 1)
      .sort((a, b) => (graph.organizations[a]!.id < graph.organizations[b]!.id ? -1 : 1));
    const values = contexts.map((context) => {
      const matrix = new Float64Array(pool.length * MATCH_FACTORS.length);
      pool.forEach((i, at) => {
        factorValuesInto(context, i, row);
        matrix.set(row, at * MATCH_FACTORS.length);
      });
      return matrix;
    });
    return {
      values,
      relevant: Uint8Array.from(pool, (i) => (relevant.has(graph.organizations[i]!.id) ? 1 : 0)),
      found: relevant.size,
    };
  });
  const mean = (each: (found: number) => number): number =>
    organizations.reduce((sum, o) => sum + each(o.found), 0) / Math.max(organizations.length, 1);
  const ceilings = {
    PRECISION_AT_10: mean((found) => Math.min(found, K) / K),
    // Every new partner at the top: ranks 1..n.
    MEAN_RECIPROCAL_RANK: mean(
      (found) => Array.from({ length: found }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0) / found,
    ),
  };
  return {
    name,
    eligible: eligible.length,
    organizations: organizations.map(({ values, relevant }) => ({ values, relevant })),
    ceilings,
  };
}

/** P@10 of one organisation's candidates under the weights: the ten best scores (ties: the lower position first). */
function precisionAtTen(values: Float64Array, relevant: Uint8Array, w: readonly number[]): number {
  const topScore = new Float64Array(K).fill(-Infinity);
  const topAt = new Int32Array(K).fill(-1);
  const width = w.length;
  for (let at = 0; at < relevant.length; at += 1) {
    let score = 0;
    for (let k = 0; k < width; k += 1) score += w[k]! * values[at * width + k]!;
    // Strictly better than the tenth: a later candidate with an equal score ranks after the earlier ones.
    if (score <= topScore[K - 1]!) continue;
    let slot = K - 1;
    while (slot > 0 && score > topScore[slot - 1]!) {
      topScore[slot] = topScore[slot - 1]!;
      topAt[slot] = topAt[slot - 1]!;
      slot -= 1;
    }
    topScore[slot] = score;
    topAt[slot] = at;
  }
  let hits = 0;
  for (const at of topAt) if (at >= 0 && relevant[at] === 1) hits += 1;
  return hits / K;
}

/** Mean over the new partners of 1 / their rank (ties: the lower position first). */
function meanReciprocalRank(values: Float64Array, relevant: Uint8Array, w: readonly number[]): number {
  const width = w.length;
  const scores = new Float64Array(relevant.length);
  for (let at = 0; at < relevant.length; at += 1) {
    let score = 0;
    for (let k = 0; k < width; k += 1) score += w[k]! * values[at * width + k]!;
    scores[at] = score;
  }
  let total = 0;
  let count = 0;
  for (let at = 0; at < relevant.length; at += 1) {
    if (relevant[at] !== 1) continue;
    let rank = 1;
    for (let other = 0; other < relevant.length; other += 1)
      if (scores[other]! > scores[at]! || (scores[other] === scores[at] && other < at)) rank += 1;
    total += 1 / rank;
    count += 1;
  }
  return count === 0 ? 0 : total / count;
}

/**
 * The measure's mean over the organisations of the engine's ranking under `weights` (any scale: only the order
 * matters).
 */
export function scoreUnder(
  prepared: PreparedHoldOut,
  weights: Readonly<Record<MatchFactor, number>>,
  variant: number,
  measure: FitMeasure = 'PRECISION_AT_10',
): number {
  const w = MATCH_FACTORS.map((f) => weights[f]);
  const score = measure === 'PRECISION_AT_10' ? precisionAtTen : meanReciprocalRank;
  let total = 0;
  for (const { values, relevant } of prepared.organizations) total += score(values[variant]!, relevant, w);
  return prepared.organizations.length === 0 ? 0 : total / prepared.organizations.length;
}

/** The objective: the mean over the hold-outs of the measure as a share of the best possible (so each counts alike). */
export const objective = (
  holdOuts: readonly PreparedHoldOut[],
  weights: Readonly<Record<MatchFactor, number>>,
  variant: number,
  measure: FitMeasure,
): number =>
  holdOuts.reduce(
    (sum, h) => sum + (h.ceilings[measure] > 0 ? scoreUnder(h, weights, variant, measure) / h.ceilings[measure] : 0),
    0,
  ) / holdOuts.length;

/** Fitted weights scaled to sum 1 − FEEDBACK's weight, rounded to 0.01 (a config a reader can take in). */
export function normalise(
  weights: Readonly<Record<MatchFactor, number>>,
  feedback: number,
): Record<MatchFactor, number> {
  const total = FITTED.reduce((sum, f) => sum + weights[f], 0);
  const rounded = Object.fromEntries(
    MATCH_FACTORS.map((f) => [
      f,
      f === 'FEEDBACK' ? feedback : Math.round((100 * (1 - feedback) * weights[f]) / total) / 100,
    ]),
  ) as Record<MatchFactor, number>;
  // The rounding's remainder goes to the largest weight, so the weights sum to exactly 1.
  const largest = FITTED.reduce((a, b) => (rounded[b] > rounded[a] ? b : a));
  rounded[largest] =
    Math.round(100 * (rounded[largest] + 1 - MATCH_FACTORS.reduce((sum, f) => sum + rounded[f], 0))) / 100;
  return rounded;
}

export interface FitResult {
  measure: FitMeasure;
  start: { weights: Record<MatchFactor, number>; objective: number };
  best: { weights: Record<MatchFactor, number>; structural: (typeof STRUCTURAL_VARIANTS)[number]; objective: number };
  /** The measure per hold-out, at the start and for the fitted weights. */
  perHoldOut: Array<{ name: string; start: number; best: number; ceiling: number }>;
  tried: number;
}

/**
 * Coordinate ascent from `start`'s weights: the structural variant and then each factor in turn take their best
 * value, until a round changes nothing (at most `maxRounds`). A local optimum of a small grid; only a real gain moves
 * a weight, so flat ground keeps the start's values.
 */
export function fitWeights(
  holdOuts: readonly PreparedHoldOut[],
  start: MatchingConfig,
  { maxRounds = 8, measure = 'PRECISION_AT_10' }: { maxRounds?: number; measure?: FitMeasure } = {},
): FitResult {
  const feedback = start.weights.FEEDBACK;
  let weights: Record<MatchFactor, number> = { ...start.weights };
  const startVariant = variantOf(start);
  let variant = startVariant;
  let best = objective(holdOuts, weights, variant, measure);
  const startFigures = { weights: { ...weights }, objective: best };
  let tried = 1;
  const consider = (trial: Record<MatchFactor, number>, trialVariant: number): boolean => {
    if (FITTED.every((f) => trial[f] === 0)) return false;
    tried += 1;
    const score = objective(holdOuts, trial, trialVariant, measure);
    if (score <= best + 1e-9) return false;
    [best, weights, variant] = [score, trial, trialVariant];
    return true;
  };
  for (let round = 0; round < maxRounds; round += 1) {
    // Each round starts from the weights as a config would hold them (summing to 1, rounded), so the grid means the
    // same in every round and a run from its own result changes nothing.
    weights = normalise(weights, feedback);
    best = objective(holdOuts, weights, variant, measure);
    let changed = false;
    for (let v = 0; v < STRUCTURAL_VARIANTS.length; v += 1) if (v !== variant && consider(weights, v)) changed = true;
    for (const factor of FITTED) {
      for (const value of WEIGHT_GRID)
        if (value !== weights[factor] && consider({ ...weights, [factor]: value }, variant)) changed = true;
    }
    if (!changed) break;
  }
  const fitted = normalise(weights, feedback);
  return {
    measure,
    start: startFigures,
    best: {
      weights: fitted,
      structural: STRUCTURAL_VARIANTS[variant]!,
      objective: objective(holdOuts, fitted, variant, measure),
    },
    perHoldOut: holdOuts.map((h) => ({
      name: h.name,
      start: scoreUnder(h, startFigures.weights, startVariant, measure),
      best: scoreUnder(h, fitted, variant, measure),
      ceiling: h.ceilings[measure],
    })),
    tried,
  };
}
