// THE scoring config of partner matching: each factor's weight and the knobs that turn evidence into values 0..1
// (docs/matching.md, "Engine"). Weights sum to 1, so a score is in 0..1. One frozen object; callers (the API, the
// evaluation) pass a different one to rankPartners to try other weights, never edit values in place.
import type { MatchFactor, OrgKind } from '../../generated/resolvers-types.ts';
import type { NeedsFirstConfig } from './needs-first.ts';

/** One complementary pair of kinds (and, for companies, sectors), with why it complements. */
export interface KindComplementRule {
  a: { kinds: OrgKind[]; sectors?: string[] };
  b: { kinds: OrgKind[]; sectors?: string[] };
  /** The factor's value for a pair matching the rule (the best matching rule counts). */
  value: number;
  /** What the pair can do together, ending a sentence ("임상 검증", "clinical validation"). */
  purpose: string;
  purposeEn: string;
}

export interface MatchingConfig {
  /** Weight of each factor; they sum to 1. */
  weights: Readonly<Record<MatchFactor, number>>;
  /** How much meeting one need of each priority (1 high – 3 low) is worth; met needs combine as 1 − Π(1 − w). */
  needPriorityValue: Readonly<Record<1 | 2 | 3, number>>;
  /** CAPABILITY_FIT = forwardShare × (candidate meets the organisation's needs) + (1 − forwardShare) × the reverse. */
  forwardShare: number;
  /** INTRODUCTION's value by the shortest path's length in hops (1: already partners, only without excludeExisting). */
  introductionByHops: Readonly<Record<number, number>>;
  /** The urgent needs that always get a candidate offering them near the top (needs-first.ts). */
  needsFirst: Readonly<NeedsFirstConfig>;
  /** Longest introduction path searched, and the number of paths returned per candidate. */
  maxIntroductionHops: number;
  introductionPaths: number;
  /** introducers: the longest chain (in hops) through an introducer, and an introducer's value by that length. */
  maxIntroducerHops: number;
  introducerByHops: Readonly<Record<number, number>>;
  /** SHARED_ACTIVITY = 1 − Π(1 − w) over shared events (w = sharedEvent) and projects (w = sharedProject). */
  sharedEvent: number;
  sharedProject: number;
  /** HUB_PROXIMITY for the same hub, and for hubs within neighbouringHubKm of each other. */
  sameHub: number;
  neighbouringHub: number;
  neighbouringHubKm: number;
  /**
   * STRUCTURAL_SIMILARITY = 1 − exp(−index / structuralScale) over the shared partners z: Adamic–Adar (Σ 1 / ln deg z)
   * or resource allocation (Σ 1 / deg z, which discounts well-connected partners more).
   */
  structuralIndex: 'ADAMIC_ADAR' | 'RESOURCE_ALLOCATION';
  structuralScale: number;
  /**
   * POPULARITY = ln(1 + partners) / ln(1 + the most partners anyone has): preferential attachment, the standard prior
   * of growing networks (well-connected organisations gain partners fastest) and the only evidence for a newcomer.
   * The `popularityCandidates` best-connected organisations are candidates of every organisation when POPULARITY has a
   * weight (the organisations that factor favours most), and a newcomer's only structural ones.
   */
  popularityCandidates: number;
  /**
   * Learning the weights from the network's own last year (calibrate-weights.ts), or null to rank with `weights` as
   * they are. The network as of `windowYears` before the date predicts the partnerships formed since; the weights (and
   * the structural index) that best foresaw them rank for the date. Fewer than `minOrganizations` organisations with a
   * new partner in the window: the weights above stay. At most `maxOrganizations` are scored and `maxRounds` rounds
   * run, which bounds the cost on a large graph.
   */
  calibration: Readonly<{
    windowYears: number;
    minOrganizations: number;
    maxOrganizations: number;
    maxRounds: number;
  }> | null;
  /** FEEDBACK's value: no feedback, CONTACTED and ACCEPTED keep the full value; DECLINED takes it away. */
  feedbackValue: Readonly<Record<'NONE' | 'CONTACTED' | 'ACCEPTED' | 'DECLINED', number>>;
  kindComplements: readonly KindComplementRule[];
}

/** Producers of biologics (who buy bio 소부장). */
const PRODUCERS = ['SEC-CDMO', 'SEC-BIOSIMILAR', 'SEC-ANTIBODY', 'SEC-VACCINE', 'SEC-CGT'];
const SUPPLIERS = ['SEC-SOBUJANG'];
const CONVERSION = ['SEC-CONVERSION'];

export const MATCHING_CONFIG: MatchingConfig = Object.freeze({
  weights: Object.freeze({
    // Fitted, not hand-set: `pnpm eval:matching --fit` (eval/fit-weights.ts) — coordinate ascent over a grid of weights
    // and structural indices, on the validation hold-outs only (an earlier cut-off predicting the next year, a random
    // split of another seed; sample + both generated graphs), maximising mean P@10 as a share of the best possible.
    // FEEDBACK is not fitted (no feedback in the evaluation). Capability fit ranks nothing here (the surveyed needs did
    // not predict who linked next), but it still picks the candidates for a `need` and gives its reasons.
    CAPABILITY_FIT: 0,
    INTRODUCTION: 0.02,
    SHARED_ACTIVITY: 0.2,
    HUB_PROXIMITY: 0.05,
    KIND_COMPLEMENT: 0.05,
    STRUCTURAL_SIMILARITY: 0.43,
    POPULARITY: 0.1,
    FEEDBACK: 0.15,
  }),
  needPriorityValue: Object.freeze({ 1: 0.8, 2: 0.6, 3: 0.4 }),
  forwardShare: 0.7,
  introductionByHops: Object.freeze({ 1: 1, 2: 1, 3: 0.5 }),
  needsFirst: Object.freeze({ maxPriority: 2, within: 5 }),
  maxIntroductionHops: 3,
  introductionPaths: 3,
  maxIntroducerHops: 4,
  introducerByHops: Object.freeze({ 2: 1, 3: 0.6, 4: 0.3 }),
  sharedEvent: 0.25,
  sharedProject: 0.5,
  sameHub: 1,
  neighbouringHub: 0.5,
  neighbouringHubKm: 4,
  // Chosen with the weights by the fit: resource allocation discounts a partner of everyone (a public agency) most.
  structuralIndex: 'RESOURCE_ALLOCATION',
  structuralScale: 0.2,
  popularityCandidates: 20,
  calibration: Object.freeze({ windowYears: 1, minOrganizations: 20, maxOrganizations: 150, maxRounds: 4 }),
  feedbackValue: Object.freeze({ NONE: 1, CONTACTED: 1, ACCEPTED: 1, DECLINED: 0 }),
  kindComplements: Object.freeze([
    {
      a: { kinds: ['COMPANY'] },
      b: { kinds: ['HOSPITAL'] },
      value: 1,
      purpose: '임상 검증',
      purposeEn: 'clinical validation',
    },
    {
      a: { kinds: ['COMPANY'], sectors: SUPPLIERS },
      b: { kinds: ['COMPANY'], sectors: PRODUCERS },
      value: 1,
      purpose: '소부장 공급',
      purposeEn: 'supplying bio materials, parts and equipment',
    },
    {
      a: { kinds: ['COMPANY'] },
      b: { kinds: ['UNIVERSITY'] },
      value: 0.8,
      purpose: '산학 공동 연구개발',
      purposeEn: 'joint R&D with academia',
    },
    {
      a: { kinds: ['COMPANY'] },
      b: { kinds: ['RESEARCH_INSTITUTE'] },
      value: 0.7,
      purpose: '공동 연구·시험인증',
      purposeEn: 'joint research, testing and certification',
    },
    {
      a: { kinds: ['COMPANY'], sectors: CONVERSION },
      b: { kinds: ['COMPANY'], sectors: SUPPLIERS },
      value: 0.6,
      purpose: '바이오 소부장 전환',
      purposeEn: 'moving into bio materials, parts and equipment',
    },
    {
      a: { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] },
      b: { kinds: ['HOSPITAL'] },
      value: 0.6,
      purpose: '중개 연구',
      purposeEn: 'translational research',
    },
    {
      a: { kinds: ['COMPANY'] },
      b: { kinds: ['SUPPORT_ORG'] },
      value: 0.3,
      purpose: '기업 지원',
      purposeEn: 'business support',
    },
  ] satisfies KindComplementRule[]),
});
