// Scores every method on one hold-out: builds the engine's graph from the training rows as of the cut-off, and for
// each organisation that gained a new partner through a hidden link, compares each method's list with those partners.
import { seededRandom } from '@siheung/core/random';
import { buildMatchingGraph } from '../src/services/matching/matching-graph.ts';
import type { Ranker } from './eval-rankers.ts';
import { organizationsToScore, type HoldOut } from '../src/services/matching/hold-out.ts';
import { meanScores, scoreRanking, type RankingScores } from './ranking-metrics.ts';

/** Length of each method's list: P@5, P@10 and R@10 read its head; MRR counts a first hit up to this rank. */
export const LIST_LENGTH = 100;

export interface HoldOutResult {
  description: string;
  asOf: string | null;
  hiddenLinks: number;
  /** Organisations with at least one new partner that exists in the training graph, and how many were scored. */
  eligible: number;
  evaluated: number;
  /**
   * New-partner pairs scored against (each counted from both ends), and those left out because an end did not exist
   * yet.
   */
  targets: number;
  targetsNotInGraph: number;
  /**
   * Mean new partners per evaluated organisation, and the share of those pairs with an end that had no running link
   * (cold start).
   */
  meanTargets: number;
  coldStartShare: number;
  /**
   * The best any method could reach: every list starting with all the new partners (P@10 ≤ this, as new partners are
   * few).
   */
  ceiling: RankingScores;
  /** What the learning methods learnt on this hold-out, by name. */
  notes: Record<string, string>;
  /** Each method's mean scores, by name. */
  scores: Record<string, RankingScores>;
  /**
   * Each method's mean time per organisation (ms, all its runs) — not written to the docs, which must not change
   * between runs.
   */
  msPerOrganization: Record<string, number>;
  seconds: number;
}

export interface EvaluateOptions {
  seed: number;
  /** Score at most this many organisations (a seeded sample) — bounds the run time on large graphs. */
  maxOrganizations?: number;
}

export function evaluateHoldOut(
  holdOut: HoldOut,
  allRankers: readonly Ranker[],
  options: EvaluateOptions,
): HoldOutResult {
  const started = performance.now();
  const rankers = allRankers.map((ranker) => ranker.forHoldOut?.(holdOut) ?? ranker);
  const graph = buildMatchingGraph(holdOut.training, holdOut.asOf);
  const degree = (id: string): number => {
    const i = graph.indexOf.get(id)!;
    return graph.offsets[i + 1]! - graph.offsets[i]!;
  };
  const { eligible, chosen, targetsNotInGraph } = organizationsToScore(graph, holdOut, options);

  const perMethod = new Map<string, RankingScores[]>(rankers.map((r) => [r.name, []]));
  const spent = new Map<string, number>(rankers.map((r) => [r.name, 0]));
  for (const [orgId, relevant] of chosen) {
    for (const ranker of rankers) {
      const began = performance.now();
      const runs = Array.from({ length: ranker.runs }, (_, run) =>
        scoreRanking(
          ranker.rank(graph, orgId, LIST_LENGTH, seededRandom(`${options.seed}:${run}`, `${ranker.name}:${orgId}`)),
          relevant,
        ),
      );
      perMethod.get(ranker.name)!.push(meanScores(runs));
      spent.set(ranker.name, spent.get(ranker.name)! + performance.now() - began);
    }
  }
  const ceiling = meanScores(chosen.map(([, relevant]) => scoreRanking([...relevant], relevant)));
  const targetCount = chosen.reduce((sum, [, relevant]) => sum + relevant.size, 0);
  const coldStart = chosen.reduce(
    (sum, [orgId, relevant]) => sum + [...relevant].filter((id) => degree(id) === 0 || degree(orgId) === 0).length,
    0,
  );
  return {
    description: holdOut.description,
    asOf: holdOut.asOf,
    hiddenLinks: holdOut.hidden.length,
    eligible: eligible.length,
    evaluated: chosen.length,
    targets: targetCount,
    targetsNotInGraph,
    meanTargets: chosen.length === 0 ? 0 : targetCount / chosen.length,
    coldStartShare: targetCount === 0 ? 0 : coldStart / targetCount,
    ceiling,
    notes: Object.fromEntries(rankers.flatMap((r) => (r.note ? [[r.name, r.note]] : []))),
    scores: Object.fromEntries([...perMethod].map(([name, all]) => [name, meanScores(all)])),
    msPerOrganization: Object.fromEntries(
      [...spent].map(([name, ms]) => [name, chosen.length === 0 ? 0 : ms / chosen.length]),
    ),
    seconds: (performance.now() - started) / 1000,
  };
}
