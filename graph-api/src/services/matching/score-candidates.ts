// Gathers an organisation's candidates and works out each factor's value 0..1 for every one (numbers only; the
// reasons and sentences are built afterwards for the few ranked highest — match-reasons.ts).
import type { MatchFactor } from '../../generated/resolvers-types.ts';
import { hopSearch, type HopSearch } from './hop-search.ts';
import type { MatchingGraph, OrgNeed } from './matching-graph.ts';
import type { MatchingFeedback } from './matching-input.ts';
import type { KindComplementRule, MatchingConfig } from './scoring-weights.ts';

/** The factors, in the order scores and score parts list them (and factorValuesInto writes them). */
export const MATCH_FACTORS: readonly MatchFactor[] = [
  'CAPABILITY_FIT',
  'INTRODUCTION',
  'SHARED_ACTIVITY',
  'HUB_PROXIMITY',
  'KIND_COMPLEMENT',
  'STRUCTURAL_SIMILARITY',
  'POPULARITY',
  'FEEDBACK',
];

export type FactorValues = Record<MatchFactor, number>;

/** What the scoring of one organisation shares across its candidates. */
export interface SourceContext {
  graph: MatchingGraph;
  config: MatchingConfig;
  source: number;
  /** The needs the candidates are judged against: the organisation's, or only `need` when given. */
  needs: OrgNeed[];
  search: HopSearch;
  /** The structural index (config.structuralIndex) of each organisation reached in two hops (0 elsewhere). */
  sharedPartners: Float64Array;
  events: Set<string>;
  projects: Set<string>;
  /** The value of each judged need when met (by its priority). */
  needValues: number[];
  /** Per candidate hub, and per candidate kind and sector: the values for this organisation (filled as met). */
  hubValue: Map<string | null, number>;
  kindValue: Map<string, Map<string | null, number>>;
  /** The organisation's latest recorded decision about each candidate (index). */
  feedback: Map<number, MatchingFeedback>;
}

/**
 * Capability `need` (the organisation's priority for it, or 1 when it did not list it) or all the organisation's needs.
 * `feedback`: the organisation's recorded decisions (rows about other organisations are ignored; the latest per
 * candidate counts).
 */
export function sourceContext(
  graph: MatchingGraph,
  config: MatchingConfig,
  source: number,
  need: string | null,
  feedback: readonly MatchingFeedback[] = [],
): SourceContext {
  const own = graph.needs[source]!;
  const needs =
    need === null ? own : [{ capabilityId: need, priority: own.find((n) => n.capabilityId === need)?.priority ?? 1 }];
  const sharedPartners = new Float64Array(graph.organizations.length);
  const ra = config.structuralIndex === 'RESOURCE_ALLOCATION';
  const { offsets, neighbours } = graph;
  for (let at = offsets[source]!; at < offsets[source + 1]!; at += 1) {
    const z = neighbours[at]!;
    const degree = offsets[z + 1]! - offsets[z]!;
    const share = ra ? 1 / degree : 1 / Math.log(degree);
    for (let k = offsets[z]!; k < offsets[z + 1]!; k += 1)
      if (neighbours[k] !== source) sharedPartners[neighbours[k]!]! += share;
  }
  const latest = new Map<number, MatchingFeedback>();
  const orgId = graph.organizations[source]!.id;
  for (const row of feedback) {
    const i = row.orgId === orgId ? graph.indexOf.get(row.candidateId) : undefined;
    const known = i === undefined ? undefined : latest.get(i);
    if (i !== undefined && (!known || known.recordedAt <= row.recordedAt)) latest.set(i, row);
  }
  return {
    graph,
    config,
    source,
    needs,
    search: hopSearch(graph, source, config.maxIntroductionHops),
    sharedPartners,
    events: new Set(graph.eventsOf[source]),
    projects: new Set(graph.projectsOf[source]),
    needValues: needs.map((n) => priorityValue(config, n)),
    hubValue: new Map(),
    kindValue: new Map(),
    feedback: latest,
  };
}

const priorityValue = (config: MatchingConfig, need: OrgNeed): number =>
  config.needPriorityValue[need.priority as 1 | 2 | 3] ?? config.needPriorityValue[3];

/**
 * The candidates worth scoring: within two hops, covering a need, needing what it offers, met at an event or project,
 * given feedback, and — when POPULARITY has a weight — the best-connected ones (those it favours most).
 */
export function candidatePool(context: SourceContext, need: string | null, withPopular: boolean): number[] {
  const { graph, source, search } = context;
  const pool = new Set<number>();
  if (need !== null) {
    for (const i of graph.holders.get(need) ?? []) pool.add(i);
  } else {
    for (const i of search.reached) if (search.distance[i]! <= 2) pool.add(i);
    for (const n of context.needs) for (const i of graph.holders.get(n.capabilityId) ?? []) pool.add(i);
    for (const id of graph.covers[source]!) for (const i of graph.needers.get(id) ?? []) pool.add(i);
    for (const e of context.events) for (const i of graph.attendees.get(e) ?? []) pool.add(i);
    for (const p of context.projects) for (const i of graph.members.get(p) ?? []) pool.add(i);
    for (const i of context.feedback.keys()) pool.add(i);
    // The best-connected gain partners fastest (preferential attachment): candidates of everyone, a newcomer's only
    // ones.
    if (withPopular) for (const i of graph.mostConnected) pool.add(i);
  }
  pool.delete(source);
  return [...pool];
}

/** The needs of `needs` that `covers` meets. */
export const metNeeds = (needs: OrgNeed[], covers: Set<string>): OrgNeed[] =>
  needs.filter((n) => covers.has(n.capabilityId));

function matches(side: KindComplementRule['a'], org: { kind: string; sector: string | null }): boolean {
  return (
    side.kinds.includes(org.kind as never) &&
    (!side.sectors || (org.sector !== null && side.sectors.includes(org.sector)))
  );
}

/** The best rule pairing the two kinds (either way round), or null. */
export function kindComplement(
  config: MatchingConfig,
  a: { kind: string; sector: string | null },
  b: { kind: string; sector: string | null },
): KindComplementRule | null {
  let best: KindComplementRule | null = null;
  for (const rule of config.kindComplements) {
    const fits = (matches(rule.a, a) && matches(rule.b, b)) || (matches(rule.a, b) && matches(rule.b, a));
    if (fits && (!best || rule.value > best.value)) best = rule;
  }
  return best;
}

/**
 * Writes each factor's value (in MATCH_FACTORS order) into `out`. Runs for every candidate of the pool — thousands on
 * a large graph — so it only looks things up and allocates nothing.
 */
export function factorValuesInto(context: SourceContext, candidate: number, out: Float64Array): void {
  const { graph, config, source } = context;
  const covers = graph.covers[candidate]!;
  let forwardMiss = 1;
  for (let k = 0; k < context.needs.length; k += 1)
    if (covers.has(context.needs[k]!.capabilityId)) forwardMiss *= 1 - context.needValues[k]!;
  let reverseMiss = 1;
  for (const need of graph.needs[candidate]!)
    if (graph.covers[source]!.has(need.capabilityId)) reverseMiss *= 1 - priorityValue(config, need);
  const hops = context.search.distance[candidate]!;
  let events = 0;
  for (const e of graph.eventsOf[candidate]!) if (context.events.has(e)) events += 1;
  let projects = 0;
  for (const p of graph.projectsOf[candidate]!) if (context.projects.has(p)) projects += 1;
  const a = graph.organizations[source]!;
  const b = graph.organizations[candidate]!;
  let hub = context.hubValue.get(b.hub);
  if (hub === undefined) {
    hub =
      a.hub === null || b.hub === null
        ? 0
        : a.hub === b.hub
          ? config.sameHub
          : graph.hubNeighbours.get(a.hub)?.has(b.hub)
            ? config.neighbouringHub
            : 0;
    context.hubValue.set(b.hub, hub);
  }
  let kinds = context.kindValue.get(b.kind);
  if (kinds === undefined) {
    kinds = new Map();
    context.kindValue.set(b.kind, kinds);
  }
  let kind = kinds.get(b.sector);
  if (kind === undefined) {
    kind = kindComplement(config, a, b)?.value ?? 0;
    kinds.set(b.sector, kind);
  }
  out[0] = config.forwardShare * (1 - forwardMiss) + (1 - config.forwardShare) * (1 - reverseMiss);
  out[1] = hops > 0 ? (config.introductionByHops[hops] ?? 0) : 0;
  out[2] =
    events + projects === 0 ? 0 : 1 - (1 - config.sharedEvent) ** events * (1 - config.sharedProject) ** projects;
  out[3] = hub;
  out[4] = kind;
  out[5] = 1 - Math.exp(-context.sharedPartners[candidate]! / config.structuralScale);
  const degree = graph.offsets[candidate + 1]! - graph.offsets[candidate]!;
  out[6] = graph.maxDegree > 0 ? Math.log1p(degree) / Math.log1p(graph.maxDegree) : 0;
  out[7] = config.feedbackValue[context.feedback.get(candidate)?.decision ?? 'NONE'];
}

export function factorValues(context: SourceContext, candidate: number): FactorValues {
  const out = new Float64Array(MATCH_FACTORS.length);
  factorValuesInto(context, candidate, out);
  return Object.fromEntries(MATCH_FACTORS.map((factor, k) => [factor, out[k]!])) as FactorValues;
}
