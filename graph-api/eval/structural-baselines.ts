// The evaluation's baselines: the classic neighbourhood scores of link prediction (Liben-Nowell & Kleinberg 2007;
// Zhou, Lü & Zhang 2009 for resource allocation) and a random order, over the engine's own graph. graphology has no
// link-prediction scores, so each is a few lines here. Ties (most candidates score 0) are broken at random, seeded,
// so no baseline gains from an accidental order such as ids.
import { sampleWithoutReplacement } from '@siheung/core/random';
import type { MatchingGraph } from '../src/services/matching/matching-graph.ts';

export type StructuralScore = 'COMMON_NEIGHBOURS' | 'ADAMIC_ADAR' | 'RESOURCE_ALLOCATION';

/** What one shared partner of degree d adds to a pair's score. */
const CONTRIBUTION: Readonly<Record<StructuralScore, (degree: number) => number>> = {
  COMMON_NEIGHBOURS: () => 1,
  // A shared partner has degree ≥ 2, so log(d) > 0.
  ADAMIC_ADAR: (degree) => 1 / Math.log(degree),
  RESOURCE_ALLOCATION: (degree) => 1 / degree,
};

const degreeOf = (graph: MatchingGraph, i: number): number => graph.offsets[i + 1]! - graph.offsets[i]!;

/** The organisation itself and its current partners: never proposed. */
function notCandidates(graph: MatchingGraph, source: number): Set<number> {
  return new Set([source, ...graph.neighbours.subarray(graph.offsets[source]!, graph.offsets[source + 1]!)]);
}

/**
 * `count` organisations not in `taken`, drawn uniformly without replacement. Drawing indices and skipping the taken
 * ones costs O(count) when most organisations are free; a shuffle of the free ones is used when they are few.
 */
function drawFree(size: number, taken: ReadonlySet<number>, count: number, random: () => number): number[] {
  const free = size - taken.size;
  const wanted = Math.min(count, free);
  if (2 * wanted > free) {
    const pool: number[] = [];
    for (let i = 0; i < size; i += 1) if (!taken.has(i)) pool.push(i);
    return sampleWithoutReplacement(pool, wanted, random);
  }
  const seen = new Set(taken);
  const drawn: number[] = [];
  while (drawn.length < wanted) {
    const i = Math.floor(random() * size);
    if (seen.has(i)) continue;
    seen.add(i);
    drawn.push(i);
  }
  return drawn;
}

/**
 * The first `first` candidate ids: those with a positive score best first (ties in a random order), then the
 * zero-score ones in a random order — sorting only the scored few keeps this linear in the graph's size.
 */
function rankByScore(
  graph: MatchingGraph,
  source: number,
  scores: ReadonlyMap<number, number>,
  first: number,
  random: () => number,
): string[] {
  const excluded = notCandidates(graph, source);
  const scored = [...scores]
    .filter(([i, score]) => score > 0 && !excluded.has(i))
    .map(([i, score]) => ({ i, score, tie: random() }))
    .sort((a, b) => b.score - a.score || a.tie - b.tie)
    .slice(0, first)
    .map(({ i }) => i);
  const rest = drawFree(graph.organizations.length, new Set([...excluded, ...scored]), first - scored.length, random);
  return [...scored, ...rest].map((i) => graph.organizations[i]!.id);
}

/** Candidates ranked by a neighbourhood score of the pair (source, candidate) over the running links. */
export function rankByStructure(
  graph: MatchingGraph,
  orgId: string,
  kind: StructuralScore,
  first: number,
  random: () => number,
): string[] {
  const source = graph.indexOf.get(orgId);
  if (source === undefined) throw new Error(`eval/structural-baselines: ${orgId} is not in the graph`);
  const scores = new Map<number, number>();
  for (let at = graph.offsets[source]!; at < graph.offsets[source + 1]!; at += 1) {
    const via = graph.neighbours[at]!;
    const value = CONTRIBUTION[kind](degreeOf(graph, via));
    for (let next = graph.offsets[via]!; next < graph.offsets[via + 1]!; next += 1) {
      const candidate = graph.neighbours[next]!;
      scores.set(candidate, (scores.get(candidate) ?? 0) + value);
    }
  }
  return rankByScore(graph, source, scores, first, random);
}

/**
 * Preferential attachment (Barabási–Albert; Liben-Nowell & Kleinberg's "preferential attachment" score deg(a)·deg(b)):
 * for one organisation, its candidates by their own partner count — the classic baseline of growing networks.
 */
export function rankByPopularity(graph: MatchingGraph, orgId: string, first: number, random: () => number): string[] {
  const source = graph.indexOf.get(orgId);
  if (source === undefined) throw new Error(`eval/structural-baselines: ${orgId} is not in the graph`);
  const scores = new Map<number, number>();
  for (let i = 0; i < graph.organizations.length; i += 1) if (degreeOf(graph, i) > 0) scores.set(i, degreeOf(graph, i));
  return rankByScore(graph, source, scores, first, random);
}

/** Candidates in a random order: the floor every method must beat. */
export function rankAtRandom(graph: MatchingGraph, orgId: string, first: number, random: () => number): string[] {
  const source = graph.indexOf.get(orgId);
  if (source === undefined) throw new Error(`eval/structural-baselines: ${orgId} is not in the graph`);
  return rankByScore(graph, source, new Map(), first, random);
}
