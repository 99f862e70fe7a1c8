// The evidence for one candidate as reasons (Korean and English), strongest first, and the one-sentence explanation
// built from the top two. Korean clauses end in a verb stem with a final consonant (…있, …했), so one clause gives
// both the joined form (+고) and the final one (+습니다); particles follow the preceding word (es-hangul's josa).
import { josa } from 'es-hangul';
import type { MatchFactor } from '../../generated/resolvers-types.ts';
import type { IntroductionPath } from './hop-search.ts';
import type { MatchingGraph } from './matching-graph.ts';
import { kindComplement, metNeeds, type FactorValues, type SourceContext } from './score-candidates.ts';

export interface MatchReasonData {
  factor: MatchFactor;
  text: string;
  textEn: string;
  /** Capability ids the candidate has that the organisation needs, and the reverse. */
  offered: string[];
  wanted: string[];
  /** Event and project ids both joined. */
  events: string[];
  projects: string[];
  /** Organisation ids: shared partners, or who can introduce them. */
  via: string[];
}

interface Clause {
  reason: MatchReasonData;
  /** Korean clause up to its verb stem; English clause without a final full stop. */
  ko: string;
  en: string;
  /** INTRODUCTION: the paths' length. */
  hops?: number;
}

const MAX_NAMES = 3;
const list = (names: string[], and: string): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
/** "A·B·C 등 5곳": organisations are counted in 곳, capabilities in 개. */
const koList = (names: string[], unit = '개'): string => {
  const shown = names.slice(0, MAX_NAMES);
  const more = names.length > MAX_NAMES ? ` 등 ${names.length}${unit}` : '';
  return `${shown.join('·')}${more}`;
};
/** "A와 B": the particle after each name but the last follows that name. */
const koAnd = (names: string[]): string =>
  names.map((name, i) => (i < names.length - 1 ? josa(name, '와/과') : name)).join(' ');
const enList = (names: string[]): string =>
  names.length > MAX_NAMES
    ? `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`
    : list(names, 'and');

function evidence(factor: MatchFactor, ko: string, en: string, fields: Partial<MatchReasonData> = {}): Clause {
  const reason = {
    factor,
    text: `${ko}습니다.`,
    textEn: `${en[0]!.toUpperCase()}${en.slice(1)}.`,
    offered: [],
    wanted: [],
    events: [],
    projects: [],
    via: [],
    ...fields,
  };
  return { reason, ko, en };
}

/** Capability ids of `offers` that meet one of the need ids (themselves or a narrower one). */
function meeting(graph: MatchingGraph, offers: string[], needIds: Set<string>): string[] {
  return offers.filter((offer) => {
    for (
      let at: string | null = offer, steps = 0;
      at !== null && steps < 10;
      at = graph.capabilities.get(at)?.broader ?? null, steps += 1
    ) {
      if (needIds.has(at)) return true;
    }
    return false;
  });
}

/** `contributions` (weight × value per factor) order the reasons, strongest first. */
export function matchClauses(
  context: SourceContext,
  candidate: number,
  values: FactorValues,
  contributions: FactorValues,
  paths: IntroductionPath[],
): Clause[] {
  const { graph, config, source } = context;
  const org = graph.organizations[source]!;
  const cand = graph.organizations[candidate]!;
  const capKo = (id: string): string => graph.capabilities.get(id)?.name ?? id;
  const capEn = (id: string): string => graph.capabilities.get(id)?.nameEn ?? id;
  const orgKo = (id: string): string => graph.organizations[graph.indexOf.get(id)!]?.name ?? id;
  const orgEn = (id: string): string => graph.organizations[graph.indexOf.get(id)!]?.nameEn ?? id;
  const clauses: Clause[] = [];

  const forward = metNeeds(context.needs, graph.covers[candidate]!).map((n) => n.capabilityId);
  if (forward.length > 0) {
    const offered = meeting(graph, graph.offers[candidate]!, new Set(forward));
    // "…이 필요한 A에 B가 … 역량을 제공할 수 있" names the need apart only when the candidate offers something narrower.
    const same = offered.length === forward.length && offered.every((id) => forward.includes(id));
    clauses.push(
      evidence(
        'CAPABILITY_FIT',
        same
          ? `${org.name}에 필요한 ${koList(offered.map(capKo))} 역량을 ${josa(cand.name, '이/가')} 제공할 수 있`
          : `${koList(forward.map(capKo))} 역량이 필요한 ${org.name}에 ${josa(cand.name, '이/가')} ` +
              `${koList(offered.map(capKo))} 역량을 제공할 수 있`,
        same
          ? `${cand.nameEn} can provide the ${enList(offered.map(capEn))} that ${org.nameEn} needs`
          : `${cand.nameEn} can provide ${enList(offered.map(capEn))} for the ${enList(forward.map(capEn))} that ` +
              `${org.nameEn} needs`,
        { offered },
      ),
    );
  }
  const reverse = metNeeds(graph.needs[candidate]!, graph.covers[source]!).map((n) => n.capabilityId);
  if (reverse.length > 0) {
    const wanted = meeting(graph, graph.offers[source]!, new Set(reverse));
    clauses.push(
      evidence(
        'CAPABILITY_FIT',
        `${koList(reverse.map(capKo))} 역량이 필요한 ${cand.name}에 ${josa(org.name, '이/가')} ` +
          `${koList(wanted.map(capKo))} 역량을 제공할 수 있`,
        `${org.nameEn} can provide the ${enList(wanted.map(capEn))} that ${cand.nameEn} needs`,
        { wanted },
      ),
    );
  }
  if (values.INTRODUCTION > 0 && paths.length > 0) {
    const hops = paths[0]!.hops.length;
    const via = hops === 1 ? [] : [...new Set(paths.flatMap((p) => p.ids.slice(1, -1)))];
    const first = paths[0]!.ids.slice(1, -1);
    clauses.push({
      ...(hops === 1
        ? evidence(
            'INTRODUCTION',
            `이미 ${josa(org.name, '와/과')} 협력하고 있`,
            `${cand.nameEn} already works with ${org.nameEn}`,
          )
        : hops === 2
          ? evidence(
              'INTRODUCTION',
              `${josa(koList(via.map(orgKo), '곳'), '을/를')} 통해 소개받을 수 있`,
              `${enList(via.map(orgEn))} can introduce them`,
              { via },
            )
          : evidence(
              'INTRODUCTION',
              `${josa(koAnd(first.map(orgKo)), '을/를')} 거쳐 ${hops}단계로 소개받을 수 있`,
              `they can be introduced in ${hops} steps through ${list(first.map(orgEn), 'and')}`,
              { via },
            )),
      hops,
    });
  }
  const events = graph.eventsOf[candidate]!.filter((e) => context.events.has(e));
  const projects = graph.projectsOf[candidate]!.filter((p) => context.projects.has(p));
  if (events.length + projects.length > 0) {
    if (events.length + projects.length === 1) {
      const [koName, enName, koWhat] =
        projects.length === 1
          ? [graph.projects.get(projects[0]!)?.title, graph.projects.get(projects[0]!)?.titleEn, '과제']
          : [graph.events.get(events[0]!)?.name, graph.events.get(events[0]!)?.nameEn, '행사'];
      clauses.push(
        evidence(
          'SHARED_ACTIVITY',
          `‘${koName ?? ''}’ ${koWhat}에 함께 참여했`,
          `both took part in “${enName ?? ''}”`,
          { events, projects },
        ),
      );
    } else {
      const ko = [
        events.length > 0 ? `행사 ${events.length}건` : '',
        projects.length > 0 ? `과제 ${projects.length}건` : '',
      ].filter(Boolean);
      const en = [
        events.length > 0 ? `${events.length} event${events.length > 1 ? 's' : ''}` : '',
        projects.length > 0 ? `${projects.length} project${projects.length > 1 ? 's' : ''}` : '',
      ].filter(Boolean);
      const named = projects.length > 0 ? graph.projects.get(projects[0]!)?.title : graph.events.get(events[0]!)?.name;
      clauses.push(
        evidence(
          'SHARED_ACTIVITY',
          `${named ? `‘${named}’ 등 ` : ''}${koAnd(ko)}에 함께 참여했`,
          `they took part in ${en.join(' and ')} together`,
          { events, projects },
        ),
      );
    }
  }
  if (values.HUB_PROXIMITY > 0 && org.hub !== null && cand.hub !== null) {
    const hub = graph.hubs.get(cand.hub);
    clauses.push(
      org.hub === cand.hub
        ? evidence(
            'HUB_PROXIMITY',
            `같은 ${hub?.name ?? cand.hub} 거점에 있`,
            `both are in the ${hub?.nameEn ?? cand.hub} hub`,
          )
        : evidence(
            'HUB_PROXIMITY',
            `이웃한 ${hub?.name ?? cand.hub} 거점에 있`,
            `${cand.nameEn} is in the neighbouring ${hub?.nameEn ?? cand.hub} hub`,
          ),
    );
  }
  const rule = kindComplement(config, org, cand);
  if (rule)
    clauses.push(
      evidence(
        'KIND_COMPLEMENT',
        `${rule.purpose}에서 서로 보완할 수 있`,
        `they complement each other for ${rule.purposeEn}`,
      ),
    );
  if (values.STRUCTURAL_SIMILARITY > 0) {
    const shared: string[] = [];
    const { offsets, neighbours } = graph;
    const mine = new Set(neighbours.subarray(offsets[source]!, offsets[source + 1]!));
    for (let at = offsets[candidate]!; at < offsets[candidate + 1]!; at += 1)
      if (mine.has(neighbours[at]!)) shared.push(graph.organizations[neighbours[at]!]!.id);
    const sharedKo = `${shared.slice(0, MAX_NAMES).map(orgKo).join('·')}${shared.length > MAX_NAMES ? ' 등' : ''}`;
    clauses.push(
      evidence(
        'STRUCTURAL_SIMILARITY',
        `공동 협력 기관이 ${shared.length}곳(${sharedKo}) 있`,
        `they share ${shared.length} partner${shared.length > 1 ? 's' : ''} (${enList(shared.map(orgEn))})`,
        { via: shared },
      ),
    );
  }
  if (values.POPULARITY > 0 && contributions.POPULARITY > 0) {
    const partners = graph.offsets[candidate + 1]! - graph.offsets[candidate]!;
    clauses.push(
      evidence(
        'POPULARITY',
        `${josa(cand.name, '은/는')} 협력 기관이 ${partners}곳인 허브형 기관으로 연결망이 넓`,
        `${cand.nameEn} is a well-connected organisation with ${partners} partner${partners > 1 ? 's' : ''}`,
      ),
    );
  }
  const feedback = context.feedback.get(candidate);
  if (feedback) {
    const [ko, en] =
      feedback.decision === 'DECLINED'
        ? ['이전에 거절된 적이 있', 'it was declined before']
        : feedback.decision === 'ACCEPTED'
          ? ['이미 협력에 합의했', 'they already agreed to work together']
          : ['이미 연락이 닿았', 'they were already put in touch'];
    clauses.push(evidence('FEEDBACK', ko, en));
  }
  // Feedback is shown last: its contribution is the same for every candidate without feedback.
  const weightOf = (clause: Clause): number =>
    clause.reason.factor === 'FEEDBACK' ? -1 : contributions[clause.reason.factor];
  return clauses
    .map((clause, order) => ({ clause, order }))
    .sort((a, b) => weightOf(b.clause) - weightOf(a.clause) || a.order - b.order)
    .map((x) => x.clause);
}

/**
 * One sentence from the strongest two clauses: "…제공할 수 있고, …소개받을 수 있습니다." When the candidate is two hops
 * away its shared partners are the ones who can introduce it: the sentence says so once (the introduction).
 */
export function explain(clauses: Clause[]): { explanation: string; explanationEn: string } {
  const introducedByShared = clauses.some(
    (c) => c.reason.factor === 'INTRODUCTION' && c.reason.via.length > 0 && c.hops === 2,
  );
  // The introduction then stands where the shared partners ranked (they are the same organisations).
  const structural = clauses.findIndex((c) => c.reason.factor === 'STRUCTURAL_SIMILARITY');
  const ordered =
    introducedByShared && structural >= 0
      ? clauses
          .map((c, i) => (i === structural ? clauses.find((x) => x.reason.factor === 'INTRODUCTION')! : c))
          .filter((c, i, all) => all.indexOf(c) === i)
      : clauses;
  const top = ordered.slice(0, 2);
  const ko = top.map((c, i) => `${c.ko}${i === top.length - 1 ? '습니다.' : '고'}`).join(', ');
  const en = top.map((c) => c.en).join(', and ');
  return { explanation: ko, explanationEn: `${en[0]!.toUpperCase()}${en.slice(1)}.` };
}
