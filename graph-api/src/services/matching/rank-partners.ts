// Ranks the partners an organisation should meet: gathers candidates, scores each factor, and for the best `first`
// builds the reasons, the sentence and the introduction paths. Pure: the same graph and options give the same list.
import type { MatchFactor, OrgKind } from '../../generated/resolvers-types.ts';
import { shortestPaths, toIntroductionPath, type IntroductionPath } from './hop-search.ts';
import type { MatchingGraph } from './matching-graph.ts';
import { needsFirstOrder } from './needs-first.ts';
import type { MatchingFeedback } from './matching-input.ts';
import { explain, matchClauses, type MatchReasonData } from './match-reasons.ts';
import {
  candidatePool,
  factorValues,
  factorValuesInto,
  MATCH_FACTORS,
  sourceContext,
  type FactorValues,
} from './score-candidates.ts';
import { MATCHING_CONFIG, type MatchingConfig } from './scoring-weights.ts';

export interface MatchFilterOptions {
  /** Only candidates in these hubs. */
  hubs?: readonly string[] | null;
  /** Only candidates of these kinds. */
  orgKinds?: readonly OrgKind[] | null;
  /** Leave out the organisation's partners at the graph's date (default true). */
  excludeExisting?: boolean | null;
}

export interface RankOptions {
  /** Only candidates covering this capability (it alone is the need judged). */
  need?: string | null;
  /** How many candidates (the caller validates its range). */
  first: number;
  filter?: MatchFilterOptions | null;
  /** Other weights (relative: normalised to sum 1); the rest of the config stays. */
  weights?: Partial<Record<MatchFactor, number>>;
  config?: MatchingConfig;
  /** false: only ranks, scores and parts (no reasons, sentences or paths) — for the evaluation. Default true. */
  explain?: boolean;
  /**
   * false: the order of the scores alone, without the needs-first frame (needs-first.ts) — for the evaluation, which
   * judges how well the scores predict new links. Default true.
   */
  needsFirst?: boolean;
  /** The organisation's recorded decisions about candidates (the latest per candidate counts); none by default. */
  feedback?: readonly MatchingFeedback[];
}

export interface MatchScorePartData {
  factor: MatchFactor;
  value: number;
  weight: number;
  contribution: number;
}

export interface RankedCandidate {
  rank: number;
  candidateId: string;
  /** Σ contribution, 0..1. */
  score: number;
  scoreParts: MatchScorePartData[];
  /** Strongest first; at least one (empty only with explain: false). */
  reasons: MatchReasonData[];
  explanation: string;
  explanationEn: string;
  /** Up to config.introductionPaths shortest chains of links running at the graph's date. */
  introductionPaths: IntroductionPath[];
  feedback: MatchingFeedback | null;
}

function normalisedWeights(config: MatchingConfig, override: RankOptions['weights']): FactorValues {
  const raw = { ...config.weights, ...override } as FactorValues;
  const total = MATCH_FACTORS.reduce((sum, f) => sum + Math.max(0, raw[f]), 0);
  if (total <= 0) throw new Error('matching/rank-partners: the weights must not all be 0');
  return Object.fromEntries(MATCH_FACTORS.map((f) => [f, Math.max(0, raw[f]) / total])) as FactorValues;
}

/** [] when the organisation does not exist at the graph's date (the caller tells an unknown id apart). */
export function rankPartners(graph: MatchingGraph, orgId: string, options: RankOptions): RankedCandidate[] {
  const source = graph.indexOf.get(orgId);
  if (source === undefined) return [];
  const config = options.config ?? MATCHING_CONFIG;
  const weights = normalisedWeights(config, options.weights);
  const need = options.need ?? null;
  const { hubs = null, orgKinds = null, excludeExisting = true } = options.filter ?? {};
  const context = sourceContext(graph, config, source, need, options.feedback);

  const pool = candidatePool(context, need, weights.POPULARITY > 0).filter((i) => {
    const org = graph.organizations[i]!;
    return (
      (!hubs || (org.hub !== null && hubs.includes(org.hub))) &&
      (!orgKinds || orgKinds.includes(org.kind)) &&
      (excludeExisting === false || context.search.distance[i] !== 1)
    );
  });
  // Scores in one typed array (no object per candidate: pools reach thousands), best first, ties by id.
  const values = new Float64Array(MATCH_FACTORS.length);
  const factorWeights = MATCH_FACTORS.map((f) => weights[f]);
  const scores = new Float64Array(pool.length);
  pool.forEach((i, at) => {
    factorValuesInto(context, i, values);
    let score = 0;
    for (let k = 0; k < values.length; k += 1) score += factorWeights[k]! * values[k]!;
    scores[at] = score;
  });
  const ids = graph.organizations;
  const order = Array.from(pool.keys()).sort(
    (x, y) => scores[y]! - scores[x]! || (ids[pool[x]!]!.id < ids[pool[y]!]!.id ? -1 : 1),
  );
  const byScore = order.map((at) => ({ i: pool[at]!, score: scores[at]! }));
  // A list shorter than the frame holds the needs' offers within its own length.
  const frame = { ...config.needsFirst, within: Math.min(config.needsFirst.within, options.first) };
  const scored = options.needsFirst === false ? byScore : needsFirstOrder(byScore, context.needs, graph.covers, frame);

  const ranked: RankedCandidate[] = [];
  for (const { i, score } of scored) {
    if (ranked.length >= options.first) break;
    const values = factorValues(context, i);
    const contributions = Object.fromEntries(MATCH_FACTORS.map((f) => [f, weights[f] * values[f]])) as FactorValues;
    const scoreParts = MATCH_FACTORS.map((factor) => ({
      factor,
      value: values[factor],
      weight: weights[factor],
      contribution: contributions[factor],
    }));
    const candidateId = graph.organizations[i]!.id;
    const base = {
      rank: ranked.length + 1,
      candidateId,
      score: Math.min(1, score),
      scoreParts,
      feedback: context.feedback.get(i) ?? null,
    };
    if (options.explain === false) {
      ranked.push({ ...base, reasons: [], explanation: '', explanationEn: '', introductionPaths: [] });
      continue;
    }
    const paths = shortestPaths(graph, context.search, i, config.introductionPaths).map((p) =>
      toIntroductionPath(graph, p),
    );
    const clauses = matchClauses(context, i, values, contributions, paths);
    // Every candidate the pool holds has evidence; one without (impossible by construction) is not proposed.
    if (clauses.length === 0) continue;
    ranked.push({ ...base, reasons: clauses.map((c) => c.reason), ...explain(clauses), introductionPaths: paths });
  }
  return ranked;
}
