// Partner matching: the engine (pure, over plain rows) and what the API and the evaluation import from it.
//
// Interface (kept stable for the evaluation, graph-api/eval/):
//   MatchingInput (matching-input.ts)  plain rows: organisations, links (id, from, to, kind, since, until, weight),
//                                      capabilities (with broader), offers, needs (priority), hubs (lat/lng),
//                                      events (date), projects (startYear), attendance, memberships.
//   buildMatchingGraph(input, asOf?)    → MatchingGraph: the network as of asOf (YYYY-MM-DD; null/absent: every
//                                      link recorded). Links count when since ≤ asOf ≤ until; organisations founded
//                                      after asOf's year, events after asOf and projects starting later are left out.
//   rankPartners(graph, orgId, { need?, first, filter?, weights?, config?, explain?, needsFirst?, feedback? })
//                                      → RankedCandidate[] best first: score 0..1 = Σ weight × value over
//                                      MatchFactor, scoreParts, reasons (≥ 1), explanation (ko) / explanationEn,
//                                      introductionPaths (link ids per hop), feedback (the latest of
//                                      options.feedback, the organisation's recorded decisions). `explain: false`
//                                      skips reasons and paths (faster). An offer of each urgent need is lifted
//                                      into the first five (needs-first.ts; `needsFirst: false`: the scores'
//                                      order alone).
//   findIntroducers(graph, fromId, toId, first) → RankedIntroducer[]
//   MATCHING_CONFIG (scoring-weights.ts): the weights and every other knob, documented in docs/matching.md.
//   calibrateWeights(input, asOf, config?) → WeightCalibration: the weights learnt from the network's last year before
//                                      asOf (calibrate-weights.ts; the API ranks with calibration.config).
export type * from './matching-input.ts';
export { buildMatchingGraph, type MatchingGraph } from './matching-graph.ts';
export {
  rankPartners,
  type RankOptions,
  type RankedCandidate,
  type MatchScorePartData,
  type MatchFilterOptions,
} from './rank-partners.ts';
export { findIntroducers, type RankedIntroducer } from './find-introducers.ts';
export type { MatchReasonData } from './match-reasons.ts';
export type { IntroductionPath } from './hop-search.ts';
export { MATCH_FACTORS } from './score-candidates.ts';
export { MATCHING_CONFIG, type MatchingConfig, type KindComplementRule } from './scoring-weights.ts';
export { calibrateWeights, type WeightCalibration } from './calibrate-weights.ts';
