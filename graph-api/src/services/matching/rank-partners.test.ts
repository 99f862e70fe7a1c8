// The matching engine on small hand-built inputs: each factor's value worked out by hand, the ranking, the
// reasons and sentences, dates, filters, weights and introducers.
import { describe, expect, it } from 'vitest';
import { findIntroducers } from './find-introducers.ts';
import { buildMatchingGraph } from './matching-graph.ts';
import type { MatchingInput, MatchingOrganization } from './matching-input.ts';
import { rankPartners, type RankedCandidate } from './rank-partners.ts';
import { MATCHING_CONFIG } from './scoring-weights.ts';

const org = (
  id: string,
  name: string,
  kind: MatchingOrganization['kind'],
  hub: string | null,
  sector: string | null = null,
  founded: number | null = 2000,
): MatchingOrganization => ({ id, name, nameEn: `${id} Inc`, kind, hub, sector, founded });
const link = (id: string, from: string, to: string, since = '2020-01-01', until: string | null = null, weight = 1) => ({
  id,
  from,
  to,
  kind: 'JOINT_RD' as const,
  since,
  until,
  weight,
});

/**
 * P (company, 소부장 supplier, hub H1) needs CAP-QC (priority 1) and CAP-GMP (priority 2), offers CAP-PUMP.
 * Q (company, CDMO producer, H1) offers CAP-QC and CAP-GMP, needs CAP-PUMP (priority 3). R (hospital, H2 — 2.2 km
 * away: neighbours) offers CAP-QC. S (university, H3 — 30 km: not neighbours). M1, M2 companies in between.
 * Links: P–M1, M1–Q, P–M2 (weight 3), M2–Q (weight 3), M2–S, Q–R (from 2024). M1 has 2 partners, M2 has 3.
 * Event E1 (2022) and project J1 (2021): P and Q; event E2 (2030): P and R.
 */
function input(): MatchingInput {
  return {
    organizations: [
      org('P', '가람소재', 'COMPANY', 'H1', 'SEC-SOBUJANG'),
      org('Q', '나래바이오', 'COMPANY', 'H1', 'SEC-CDMO'),
      org('R', '다온병원', 'HOSPITAL', 'H2'),
      org('S', '라온대학교', 'UNIVERSITY', 'H3'),
      org('M1', '마루', 'COMPANY', null),
      org('M2', '바름', 'COMPANY', null),
      org('N', '새싹', 'COMPANY', 'H1', null, 2025),
    ],
    links: [
      link('L1', 'P', 'M1'),
      link('L2', 'M1', 'Q'),
      link('L3', 'P', 'M2', '2020-01-01', null, 3),
      link('L4', 'M2', 'Q', '2020-01-01', null, 3),
      link('L5', 'M2', 'S'),
      link('L6', 'Q', 'R', '2024-01-01'),
    ],
    capabilities: [
      { id: 'SEC-T', name: '시험', nameEn: 'Testing', broader: null },
      { id: 'CAP-QC', name: '품질 시험', nameEn: 'QC testing', broader: 'SEC-T' },
      { id: 'CAP-GMP', name: 'GMP 검증', nameEn: 'GMP validation', broader: 'SEC-T' },
      { id: 'CAP-PUMP', name: '펌프', nameEn: 'Pumps', broader: null },
    ],
    offers: [
      { orgId: 'P', capabilityId: 'CAP-PUMP' },
      { orgId: 'Q', capabilityId: 'CAP-QC' },
      { orgId: 'Q', capabilityId: 'CAP-GMP' },
      { orgId: 'R', capabilityId: 'CAP-QC' },
    ],
    needs: [
      { orgId: 'P', capabilityId: 'CAP-QC', priority: 1 },
      { orgId: 'P', capabilityId: 'CAP-GMP', priority: 2 },
      { orgId: 'Q', capabilityId: 'CAP-PUMP', priority: 3 },
    ],
    hubs: [
      { id: 'H1', name: '배곧', nameEn: 'Baegot', lat: 37.37, lng: 126.73 },
      { id: 'H2', name: '정왕', nameEn: 'Jeongwang', lat: 37.35, lng: 126.74 },
      { id: 'H3', name: '먼곳', nameEn: 'Far', lat: 37.1, lng: 126.73 },
    ],
    events: [
      { id: 'E1', name: '살롱', nameEn: 'Salon', date: '2022-05-01' },
      { id: 'E2', name: '미래 행사', nameEn: 'Later', date: '2030-01-01' },
    ],
    projects: [{ id: 'J1', title: '공정 과제', titleEn: 'Process project', startYear: 2021 }],
    attendance: [
      { eventId: 'E1', orgId: 'P' },
      { eventId: 'E1', orgId: 'Q' },
      { eventId: 'E2', orgId: 'P' },
      { eventId: 'E2', orgId: 'R' },
    ],
    memberships: [
      { projectId: 'J1', orgId: 'P' },
      { projectId: 'J1', orgId: 'Q' },
    ],
  };
}

const part = (match: RankedCandidate, factor: string): number =>
  match.scoreParts.find((p) => p.factor === factor)!.value;
const AS_OF = '2023-06-30';

describe('rankPartners', () => {
  const graph = buildMatchingGraph(input(), AS_OF);
  const ranked = rankPartners(graph, 'P', { first: 10 });
  const q = ranked.find((m) => m.candidateId === 'Q')!;

  it('works out every factor of a pair by hand', () => {
    // Forward: QC (0.8) and GMP (0.6) → 1 − 0.2 × 0.4 = 0.92; reverse: Q needs pumps (priority 3: 0.4). 0.7 × 0.92 +
    // 0.3 × 0.4.
    expect(part(q, 'CAPABILITY_FIT')).toBeCloseTo(0.7 * 0.92 + 0.3 * 0.4, 12);
    expect(part(q, 'INTRODUCTION')).toBe(1);
    // E1 and J1 together (E2 is after the date): 1 − 0.75 × 0.5.
    expect(part(q, 'SHARED_ACTIVITY')).toBeCloseTo(0.625, 12);
    expect(part(q, 'HUB_PROXIMITY')).toBe(1);
    expect(part(q, 'KIND_COMPLEMENT')).toBe(1);
    // Resource allocation (the default index): M1 (2 partners) 1/2 + M2 (3 partners) 1/3, over the config's scale.
    expect(part(q, 'STRUCTURAL_SIMILARITY')).toBeCloseTo(
      1 - Math.exp(-(1 / 2 + 1 / 3) / MATCHING_CONFIG.structuralScale),
      12,
    );
    // Q has 2 partners (M1, M2); the most anyone has is 3 (M2): ln 3 / ln 4.
    expect(part(q, 'POPULARITY')).toBeCloseTo(Math.log(3) / Math.log(4), 12);
    expect(part(q, 'FEEDBACK')).toBe(1);
    expect(q.score).toBeCloseTo(
      q.scoreParts.reduce((sum, p) => sum + p.weight * p.value, 0),
      12,
    );
    expect(q.scoreParts.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(1, 12);
    expect(q.rank).toBe(1);
  });

  it('names the evidence in Korean and English, strongest first, with the paths through the strongest links', () => {
    // Strongest contribution first (each factor's value, worked out above, × its weight).
    const contributions = Object.fromEntries(q.scoreParts.map((p) => [p.factor, p.contribution]));
    const factors = q.reasons.map((r) => r.factor);
    expect(factors).toEqual([...factors].sort((x, y) => contributions[y]! - contributions[x]!));
    expect(new Set(factors)).toEqual(
      new Set([
        'STRUCTURAL_SIMILARITY',
        'CAPABILITY_FIT',
        'INTRODUCTION',
        'KIND_COMPLEMENT',
        'SHARED_ACTIVITY',
        'HUB_PROXIMITY',
        'POPULARITY',
      ]),
    );
    const forward = q.reasons.find((r) => r.offered.length > 0)!;
    expect(forward.offered).toEqual(['CAP-QC', 'CAP-GMP']);
    expect(forward.text).toBe('가람소재에 필요한 품질 시험·GMP 검증 역량을 나래바이오가 제공할 수 있습니다.');
    expect(q.reasons.find((r) => r.factor === 'STRUCTURAL_SIMILARITY')!.via).toEqual(['M1', 'M2']);
    expect(q.reasons.find((r) => r.factor === 'STRUCTURAL_SIMILARITY')!.text).toBe(
      '공동 협력 기관이 2곳(마루·바름) 있습니다.',
    );
    expect(q.reasons.find((r) => r.factor === 'POPULARITY')!.text).toBe(
      '나래바이오는 협력 기관이 2곳인 허브형 기관으로 연결망이 넓습니다.',
    );
    expect(q.reasons.find((r) => r.factor === 'POPULARITY')!.textEn).toBe(
      'Q Inc is a well-connected organisation with 2 partners.',
    );
    // The sentence: the two strongest (shared partners, then shared activity), but the shared partners are the
    // introducers, so they are named once, as such, where the shared partners ranked.
    expect(factors.slice(0, 2)).toEqual(['STRUCTURAL_SIMILARITY', 'SHARED_ACTIVITY']);
    expect(q.explanation).toBe(
      '바름·마루를 통해 소개받을 수 있고, ‘공정 과제’ 등 행사 1건과 과제 1건에 함께 참여했습니다.',
    );
    expect(q.explanationEn).toBe(
      'M2 Inc and M1 Inc can introduce them, and they took part in 1 event and 1 project together.',
    );
    expect(q.reasons.find((r) => r.factor === 'KIND_COMPLEMENT')!.text).toBe(
      '소부장 공급에서 서로 보완할 수 있습니다.',
    );
    expect(q.reasons.find((r) => r.factor === 'SHARED_ACTIVITY')).toMatchObject({
      events: ['E1'],
      projects: ['J1'],
      text: '‘공정 과제’ 등 행사 1건과 과제 1건에 함께 참여했습니다.',
      textEn: 'They took part in 1 event and 1 project together.',
    });
    // M2's links weigh 3: its path comes first.
    expect(q.introductionPaths.map((p) => p.ids)).toEqual([
      ['P', 'M2', 'Q'],
      ['P', 'M1', 'Q'],
    ]);
    expect(q.introductionPaths[0]!.hops).toEqual([
      { fromId: 'P', toId: 'M2', linkIds: ['L3'] },
      { fromId: 'M2', toId: 'Q', linkIds: ['L4'] },
    ]);
    expect(q.reasons.find((r) => r.factor === 'INTRODUCTION')!.text).toBe('바름·마루를 통해 소개받을 수 있습니다.');
  });

  it('gives neighbouring hubs half, distant ones nothing; a hospital complements a company', () => {
    const r = ranked.find((m) => m.candidateId === 'R')!;
    expect(part(r, 'HUB_PROXIMITY')).toBe(0.5);
    expect(part(r, 'KIND_COMPLEMENT')).toBe(1);
    // R is three hops away (P–M1–Q–R) only from 2024: in 2023 it is found through its QC capability alone.
    expect(part(r, 'INTRODUCTION')).toBe(0);
    expect(r.introductionPaths).toEqual([]);
    const s = ranked.find((m) => m.candidateId === 'S')!;
    expect(part(s, 'HUB_PROXIMITY')).toBe(0);
    expect(part(s, 'KIND_COMPLEMENT')).toBe(0.8);
  });

  it('honours the date: later links, events and organisations founded later do not count', () => {
    expect(ranked.map((m) => m.candidateId)).not.toContain('N');
    const later = rankPartners(buildMatchingGraph(input(), '2030-06-30'), 'P', { first: 10 });
    const r = later.find((m) => m.candidateId === 'R')!;
    expect(part(r, 'INTRODUCTION')).toBe(0.5);
    expect(r.introductionPaths.map((p) => p.ids)).toEqual([
      ['P', 'M2', 'Q', 'R'],
      ['P', 'M1', 'Q', 'R'],
    ]);
    expect(part(r, 'SHARED_ACTIVITY')).toBeCloseTo(0.25, 12);
    expect(r.reasons.find((x) => x.factor === 'SHARED_ACTIVITY')!.text).toBe('‘미래 행사’ 행사에 함께 참여했습니다.');
    expect(rankPartners(buildMatchingGraph(input(), '2019-12-31'), 'N', { first: 5 })).toEqual([]);
  });

  it('leaves out current partners unless asked, and filters by need, hub and kind', () => {
    expect(ranked.map((m) => m.candidateId)).not.toContain('M1');
    const all = rankPartners(graph, 'P', { first: 10, filter: { excludeExisting: false } });
    expect(
      part(
        all.find((m) => m.candidateId === 'M1')!,
        'INTRODUCTION',
      ),
    ).toBe(1);
    // A need for the sector SEC-T is met by QC and GMP within it.
    expect(rankPartners(graph, 'P', { first: 10, need: 'SEC-T' }).map((m) => m.candidateId)).toEqual(['Q', 'R']);
    expect(rankPartners(graph, 'P', { first: 10, need: 'CAP-GMP' }).map((m) => m.candidateId)).toEqual(['Q']);
    expect(rankPartners(graph, 'P', { first: 10, filter: { hubs: ['H2'] } }).map((m) => m.candidateId)).toEqual(['R']);
    expect(
      rankPartners(graph, 'P', { first: 10, filter: { orgKinds: ['UNIVERSITY'] } }).map((m) => m.candidateId),
    ).toEqual(['S']);
    expect(rankPartners(graph, 'P', { first: 1 })).toHaveLength(1);
  });

  it('a DECLINED candidate loses the feedback weight for that organisation only; the latest decision counts', () => {
    // Given newest first, so "latest" must come from recordedAt, not from the order of the rows.
    const feedback = [
      {
        orgId: 'P',
        candidateId: 'Q',
        decision: 'DECLINED',
        note: '보류',
        recordedBy: 'y',
        recordedAt: '2025-02-01T00:00:00Z',
      },
      {
        orgId: 'P',
        candidateId: 'Q',
        decision: 'ACCEPTED',
        note: null,
        recordedBy: 'x',
        recordedAt: '2025-01-01T00:00:00Z',
      },
    ] as const;
    const declined = rankPartners(graph, 'P', { first: 10, feedback }).find((m) => m.candidateId === 'Q')!;
    expect(declined.score).toBeCloseTo(q.score - MATCHING_CONFIG.weights.FEEDBACK, 12);
    expect(declined.feedback).toMatchObject({ decision: 'DECLINED', recordedBy: 'y' });
    expect(declined.reasons.at(-1)!.text).toBe('이전에 거절된 적이 있습니다.');
    // Rows about another organisation's pairs are not this one's decisions.
    const fromQ = rankPartners(graph, 'Q', { first: 10, feedback }).find((m) => m.candidateId === 'P')!;
    expect(part(fromQ, 'FEEDBACK')).toBe(1);
    expect(fromQ.feedback).toBeNull();
  });

  it('with POPULARITY weighted, proposes the best-connected organisations even to a newcomer with no partner', () => {
    const rows = input();
    rows.organizations.push(org('Z', '신설진흥원', 'PUBLIC_AGENCY', null));
    const newcomer = rankPartners(buildMatchingGraph(rows, AS_OF), 'Z', { first: 10 });
    // Z (an agency: no kind rule) has no link, need, event or hub: only the well-connected are proposed, the most
    // connected first (M2: 3 partners).
    expect(newcomer[0]!.candidateId).toBe('M2');
    expect(newcomer.every((m) => m.reasons.length > 0 && m.reasons[0]!.factor === 'POPULARITY')).toBe(true);
    const without = rankPartners(buildMatchingGraph(rows, AS_OF), 'Z', { first: 10, weights: { POPULARITY: 0 } });
    expect(without).toEqual([]);
  });

  it('puts an offer of each urgent need in the first five, however popular the others are', () => {
    const rows = input();
    // Six organisations with more partners than anyone who offers QC or GMP, each with partners of its own.
    for (const n of [1, 2, 3, 4, 5, 6]) {
      rows.organizations.push(org(`X${n}`, `인기${n}`, 'COMPANY', null));
      for (const leaf of [1, 2, 3, 4, 5, 6]) {
        rows.organizations.push(org(`X${n}-${leaf}`, `잎${n}-${leaf}`, 'COMPANY', null));
        rows.links.push(link(`LX${n}-${leaf}`, `X${n}`, `X${n}-${leaf}`));
      }
    }
    const popularFirst = { first: 10, weights: { POPULARITY: 1, STRUCTURAL_SIMILARITY: 0, SHARED_ACTIVITY: 0 } };
    const ranked = rankPartners(buildMatchingGraph(rows, AS_OF), 'P', popularFirst);
    const top5 = ranked.slice(0, 5);
    // Q offers both needs (QC priority 1, GMP priority 2): by popularity alone it would come after the six.
    expect(top5.map((m) => m.candidateId)).toContain('Q');
    expect(top5.filter((m) => m.candidateId.startsWith('X') && !m.candidateId.includes('-'))).toHaveLength(4);
    const q = top5.find((m) => m.candidateId === 'Q')!;
    expect(q.reasons.some((r) => r.factor === 'CAPABILITY_FIT' && r.offered.includes('CAP-QC'))).toBe(true);
    expect(ranked.map((m) => m.rank)).toEqual(ranked.map((_, at) => at + 1));
    // A list of three still holds it.
    const three = rankPartners(buildMatchingGraph(rows, AS_OF), 'P', { ...popularFirst, first: 3 });
    expect(three.map((m) => m.candidateId)).toContain('Q');
  });

  it('can use Adamic–Adar instead of resource allocation for structural similarity', () => {
    const config = { ...MATCHING_CONFIG, structuralIndex: 'ADAMIC_ADAR' as const, structuralScale: 1.5 };
    const viaAa = rankPartners(graph, 'P', { first: 10, config }).find((m) => m.candidateId === 'Q')!;
    // M1 (2 partners) 1/ln 2 + M2 (3 partners) 1/ln 3, scaled by 1.5.
    expect(part(viaAa, 'STRUCTURAL_SIMILARITY')).toBeCloseTo(
      1 - Math.exp(-(1 / Math.log(2) + 1 / Math.log(3)) / 1.5),
      12,
    );
  });

  it('takes other weights as relative ones, and skips the reasons when not asked to explain', () => {
    const fitOnly = rankPartners(graph, 'P', {
      first: 10,
      weights: {
        CAPABILITY_FIT: 2,
        INTRODUCTION: 0,
        SHARED_ACTIVITY: 0,
        HUB_PROXIMITY: 0,
        KIND_COMPLEMENT: 0,
        STRUCTURAL_SIMILARITY: 0,
        POPULARITY: 0,
        FEEDBACK: 0,
      },
      explain: false,
    });
    expect(fitOnly[0]).toMatchObject({ candidateId: 'Q', reasons: [], introductionPaths: [] });
    expect(fitOnly[0]!.score).toBeCloseTo(0.7 * 0.92 + 0.3 * 0.4, 12);
    // R meets QC only: 0.7 × 0.8.
    expect(fitOnly.find((m) => m.candidateId === 'R')!.score).toBeCloseTo(0.56, 12);
    expect(() =>
      rankPartners(graph, 'P', {
        first: 1,
        weights: {
          CAPABILITY_FIT: 0,
          INTRODUCTION: 0,
          SHARED_ACTIVITY: 0,
          HUB_PROXIMITY: 0,
          KIND_COMPLEMENT: 0,
          STRUCTURAL_SIMILARITY: 0,
          POPULARITY: 0,
          FEEDBACK: 0,
        },
      }),
    ).toThrow(/weights/);
  });
});

describe('findIntroducers', () => {
  it('ranks common partners first, by the share of chains through them, with their paths', () => {
    const graph = buildMatchingGraph(input(), '2030-06-30');
    const found = findIntroducers(graph, 'P', 'Q', 5);
    expect(found.map((i) => i.organizationId)).toEqual(['M1', 'M2']);
    expect(found[0]!.score).toBe(1);
    expect(found[0]!.text).toBe('마루는 가람소재와 나래바이오 모두와 협력하고 있습니다.');
    expect(found[0]!.paths.map((p) => p.ids)).toEqual([['P', 'M1', 'Q']]);
    // P to R (3 hops): M1, M2 and Q each lie on one or both chains; Q on both (2 of 2), M1 and M2 on one.
    const toR = findIntroducers(graph, 'P', 'R', 5);
    expect(toR.map((i) => [i.organizationId, i.score])).toEqual([
      ['Q', 0.6],
      ['M1', 0.6 * 0.75],
      ['M2', 0.6 * 0.75],
    ]);
    expect(toR[0]!.textEn).toBe('Q Inc links P Inc to R Inc in 3 steps.');
    expect(toR[0]!.paths).toHaveLength(2);
  });
});
