// Query.partnerMatches and Query.introducers: validate, take the cached matching graph as of the date (today when
// none is given), rank, and prime the loaders with the evidence the answer shows. The engine is services/matching;
// nested fields resolve in matching-fields.ts.
import { primeEvidence } from '../data/prime-evidence.ts';
import { badUserInput, notFound, unknownIds } from '../errors/app-errors.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { findIntroducers } from '../services/matching/find-introducers.ts';
import { matchingFor } from '../services/matching/matching-service.ts';
import { MATCH_FACTORS } from '../services/matching/score-candidates.ts';
import { introducerEvidence, partnerMatchEvidence } from '../services/matching/match-evidence.ts';
import { rankPartners } from '../services/matching/rank-partners.ts';
import { readMatchFeedback } from '../services/matching/read-match-feedback.ts';
import { idList, intInRange, isoDate, requiredId } from '../validation/arguments.ts';
import { nonEmptyList } from '../validation/network-arguments.ts';

/** Today (UTC), the date "current partner" and "existing link" mean when no asOf is given. */
const today = (): string => new Date().toISOString().slice(0, 10);

const partnerMatches: QueryResolvers['partnerMatches'] = async (_, args, context) => {
  const { db } = context;
  const orgId = requiredId('orgId', args.orgId);
  const first = intInRange('first', args.first, 1, 50, 10);
  const asOf = isoDate('asOf', args.asOf) ?? today();
  const need = args.need === null || args.need === undefined ? null : requiredId('need', args.need);
  const hubs = idList('filter.hubs', nonEmptyList('filter.hubs', args.filter?.hubs));
  const orgKinds = nonEmptyList('filter.orgKinds', args.filter?.orgKinds);
  // The organisation's feedback is read beside the data version (one wave of reads), never cached with the network.
  const [{ known, graph, calibration }, feedback] = await Promise.all([
    matchingFor(db).withWeights(asOf, context.config.matching.weights),
    readMatchFeedback(db, orgId),
  ]);
  if (!known.has(orgId)) throw notFound('organization', orgId, 'orgId');
  if (need !== null && !graph.capabilities.has(need)) throw notFound('capability', need, 'need');
  const missingHubs = (hubs ?? []).filter((hub) => !graph.hubs.has(hub));
  if (missingHubs.length > 0) throw unknownIds('filter.hubs', 'hub', missingHubs);
  const ranked = rankPartners(graph, orgId, {
    need,
    first,
    feedback,
    config: calibration.config,
    filter: { hubs, orgKinds, excludeExisting: args.filter?.excludeExisting ?? true },
  });
  await primeEvidence(db, context.loaders, partnerMatchEvidence(orgId, ranked));
  return ranked;
};

const matchingWeights: QueryResolvers['matchingWeights'] = async (_, args, context) => {
  const asOf = isoDate('asOf', args.asOf) ?? today();
  const calibration = await matchingFor(context.db).weights(asOf, context.config.matching.weights);
  const { config } = calibration;
  return {
    asOf,
    outcome: calibration.outcome,
    from: calibration.from,
    to: calibration.to,
    weights: MATCH_FACTORS.map((factor) => ({ factor, weight: config.weights[factor] })),
    structuralIndex: config.structuralIndex,
    structuralScale: config.structuralScale,
    eligibleOrganizations: calibration.eligible,
    scoredOrganizations: calibration.scored,
    configuredScore: calibration.configuredScore,
    calibratedScore: calibration.calibratedScore,
  };
};

const introducers: QueryResolvers['introducers'] = async (_, args, context) => {
  const { db } = context;
  const from = requiredId('from', args.from);
  const to = requiredId('to', args.to);
  if (to === from) throw badUserInput('to', 'must be a different organisation from `from`');
  const first = intInRange('first', args.first, 1, 20, 5);
  const { known, graph } = await matchingFor(db).at(today());
  if (!known.has(from)) throw notFound('organization', from, 'from');
  if (!known.has(to)) throw notFound('organization', to, 'to');
  const found = findIntroducers(graph, from, to, first);
  await primeEvidence(db, context.loaders, introducerEvidence(found));
  return found;
};

export const matchingResolvers = { Query: { partnerMatches, matchingWeights, introducers } };
