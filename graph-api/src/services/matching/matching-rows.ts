// What the matching resolvers return where the schema shows PartnerMatch, MatchReason, Introducer and MatchFeedback
// (codegen mappers): the engine's own results, with ids that the field resolvers turn into rows through the loaders.
export type { RankedCandidate as PartnerMatchRow } from './rank-partners.ts';
export type { MatchReasonData as MatchReasonRow } from './match-reasons.ts';
export type { RankedIntroducer as IntroducerRow } from './find-introducers.ts';
export type { MatchingFeedback as MatchFeedbackRow } from './matching-input.ts';
