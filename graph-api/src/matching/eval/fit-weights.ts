// `pnpm eval:matching --fit`: chooses MATCHING_CONFIG's weights by coordinate ascent on the validation hold-outs
// (weight-ablation.ts: an earlier cut-off predicting the next year, a random split of another seed), never the test
// splits. Each factor's values are computed once per (organisation, candidate); a weight set is then scored by
// re-sorting those rows, so trying hundreds of weight sets costs seconds.
import type { MatchFactor } from '../../generated/resolvers-types.ts';
import { buildMatchingGraph } from '../matching-graph.ts';
import { candidatePool, factorValuesInto, MATCH_FACTORS, sourceContext } from '../score-candidates.ts';
import { MATCHING_CONFIG, type MatchingConfig } from '../scoring-weights.ts';
import type { EvalDataset } from './eval-datasets.ts';
import { LIST_LENGTH, organizationsToScore } from './evaluate-holdout.ts';
import type { HoldOut } from './holdout-splits.ts';
import { precisionAt } from './ranking-metrics.ts';
import { validationHoldOuts } from './weight-ablation.ts';

/** FEEDBACK is the same for every candidate without feedback (none in the evaluation): it keeps its weight. */
const FITTED: readonly MatchFactor[] = MATCH_FACTORS.filter((f) => f !== 'FEEDBACK');
/** The values each fitted weight may take (before the fitted weights are scaled to sum 1 − FEEDBACK). */
export const WEIGHT_GRID: readonly number[] = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8];
/** The structural indices tried (config.structuralIndex and its scale): each gives its own STRUCTURAL_SIMILARITY values. */
export const STRUCTURAL_VARIANTS: ReadonlyArray<Pick<MatchingConfig, 'structuralIndex' | 'structuralScale'>> = [
  { structuralIndex: 'ADAMIC_ADAR', structuralScale: 1.5 },
  { structuralIndex: 'RESOURCE_ALLOCATION', structuralScale: 0.5 },
  { structuralIndex: 'RESOURCE_ALLOCATION', structuralScale: 0.2 },
];

/** The index in STRUCTURAL_VARIANTS of a config's structural index (the first when it is none of them). */
const variantOf = (config: MatchingConfig): number =>
  Math.max(0, STRUCTURAL_VARIANTS.findIndex((v) => v.structuralIndex === config.structuralIndex && v.structuralScale === config.structuralScale));

interface PreparedOrganization {
  /** Candidate ids (ascending, the engine's tie order) and, per structural variant, their factor values (MATCH_FACTORS.length per candidate). */
  ids: string[];
  values: Float64Array[];
  relevant: Set<string>;
}

export interface PreparedHoldOut {
  name: string;
  organizations: PreparedOrganization[];
  /** The best P@10 any list can reach here: the objective is each hold-out's P@10 as a share of it. */
  ceiling: number;
}

/** Every factor value of every candidate (the pool with POPULARITY's candidates, current partners left out). */
export function prepareHoldOut(name: string, holdOut: HoldOut, seed: number, maxOrganizations: number): PreparedHoldOut {
  const graph = buildMatchingGraph(holdOut.training, holdOut.asOf);
  const { chosen } = organizationsToScore(graph, holdOut, { seed, maxOrganizations });
  const organizations = chosen.map(([orgId, relevant]) => {
    const source = graph.indexOf.get(orgId)!;
    const contexts = STRUCTURAL_VARIANTS.map((variant) => sourceContext(graph, { ...MATCHING_CONFIG, ...variant }, source, null));
    const pool = candidatePool(contexts[0]!, null, true)
      .filter((i) => contexts[0]!.search.distance[i] !== 1)
      .sort((a, b) => (graph.organizations[a]!.id < graph.organizations[b]!.id ? -1 : 1));
    const row = new Float64Array(MATCH_FACTORS.length);
    const values = contexts.map((context) => {
      const matrix = new Float64Array(pool.length * MATCH_FACTORS.length);
      pool.forEach((i, at) => {
        factorValuesInto(context, i, row);
        matrix.set(row, at * MATCH_FACTORS.length);
      });
      return matrix;
    });
    return { ids: pool.map((i) => graph.organizations[i]!.id), values, relevant };
  });
  const ceiling = organizations.reduce((sum, o) => sum + precisionAt([...o.relevant], o.relevant, 10), 0) / Math.max(organizations.length, 1);
  return { name, organizations, ceiling };
}

/** Mean P@10 of the engine's ranking under `weights` (any scale: only the order matters). */
export function precisionUnder(prepared: PreparedHoldOut, weights: Readonly<Record<MatchFactor, number>>, variant = variantOf(MATCHING_CONFIG)): number {
  const w = MATCH_FACTORS.map((f) => weights[f]);
  let total = 0;
  for (const { ids, values: byVariant, relevant } of prepared.organizations) {
    const values = byVariant[variant]!;
    const scores = ids.map((_, at) => w.reduce((sum, weight, k) => sum + weight * values[at * w.length + k]!, 0));
    const order = ids.map((_, at) => at).sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, LIST_LENGTH);
    total += precisionAt(order.map((at) => ids[at]!), relevant, 10);
  }
  return prepared.organizations.length === 0 ? 0 : total / prepared.organizations.length;
}

/** The objective: the mean over the hold-outs of P@10 as a share of the best possible (so each dataset counts alike). */
export const objective = (holdOuts: readonly PreparedHoldOut[], weights: Readonly<Record<MatchFactor, number>>, variant = variantOf(MATCHING_CONFIG)): number =>
  holdOuts.reduce((sum, h) => sum + (h.ceiling > 0 ? precisionUnder(h, weights, variant) / h.ceiling : 0), 0) / holdOuts.length;

/** Fitted weights scaled to sum 1 − FEEDBACK's weight, rounded to 0.01 (a config a reader can take in). */
export function normalise(weights: Readonly<Record<MatchFactor, number>>): Record<MatchFactor, number> {
  const feedback = MATCHING_CONFIG.weights.FEEDBACK;
  const total = FITTED.reduce((sum, f) => sum + weights[f], 0);
  const rounded = Object.fromEntries(MATCH_FACTORS.map((f) => [f, f === 'FEEDBACK' ? feedback : Math.round((100 * (1 - feedback) * weights[f]) / total) / 100])) as Record<MatchFactor, number>;
  // The rounding's remainder goes to the largest weight, so the weights sum to exactly 1.
  const largest = FITTED.reduce((a, b) => (rounded[b] > rounded[a] ? b : a));
  rounded[largest] = Math.round(100 * (rounded[largest] + 1 - MATCH_FACTORS.reduce((sum, f) => sum + rounded[f], 0))) / 100;
  return rounded;
}

export interface FitResult {
  start: { weights: Record<MatchFactor, number>; objective: number };
  best: { weights: Record<MatchFactor, number>; structural: (typeof STRUCTURAL_VARIANTS)[number]; objective: number };
  /** P@10 per validation hold-out, at the start and for the fitted weights. */
  perHoldOut: Array<{ name: string; start: number; best: number; ceiling: number }>;
  tried: number;
}

/**
 * Coordinate ascent from the current config: the structural variant and then each factor in turn take their best
 * value, until a round changes nothing (at most `maxRounds`). A local optimum of a small grid — enough to show which factors carry weight.
 */
export function fitWeights(holdOuts: readonly PreparedHoldOut[], maxRounds = 8): FitResult {
  let weights: Record<MatchFactor, number> = { ...MATCHING_CONFIG.weights };
  const startVariant = variantOf(MATCHING_CONFIG);
  let variant = startVariant;
  let best = objective(holdOuts, weights, variant);
  const start = { weights: { ...weights }, objective: best };
  let tried = 1;
  const consider = (trial: Record<MatchFactor, number>, trialVariant: number): boolean => {
    if (FITTED.every((f) => trial[f] === 0)) return false;
    tried += 1;
    const score = objective(holdOuts, trial, trialVariant);
    // Only a real gain moves (ties keep the current value, so the fit does not wander on flat ground).
    if (score <= best + 1e-9) return false;
    [best, weights, variant] = [score, trial, trialVariant];
    return true;
  };
  for (let round = 0; round < maxRounds; round += 1) {
    // Each round starts from the weights as the config would hold them (summing to 1, rounded), so the grid means the
    // same in every round and a run from its own result changes nothing.
    weights = normalise(weights);
    best = objective(holdOuts, weights, variant);
    let changed = false;
    for (let v = 0; v < STRUCTURAL_VARIANTS.length; v += 1) if (v !== variant && consider(weights, v)) changed = true;
    for (const factor of FITTED) {
      for (const value of WEIGHT_GRID) if (value !== weights[factor] && consider({ ...weights, [factor]: value }, variant)) changed = true;
    }
    if (!changed) break;
  }
  const fitted = normalise(weights);
  return {
    start,
    best: { weights: fitted, structural: STRUCTURAL_VARIANTS[variant]!, objective: objective(holdOuts, fitted, variant) },
    perHoldOut: holdOuts.map((h) => ({ name: h.name, start: precisionUnder(h, start.weights, startVariant), best: precisionUnder(h, fitted, variant), ceiling: h.ceiling })),
    tried,
  };
}

/** The validation hold-outs of every dataset, prepared for fitting. */
export function prepareValidation(datasets: readonly EvalDataset[], seed: number, maxOrganizations: number): PreparedHoldOut[] {
  return datasets.flatMap((dataset) =>
    validationHoldOuts(dataset, seed).map(({ name, split }) => prepareHoldOut(`${dataset.name} · ${name}`, split, seed, maxOrganizations)));
}
