// Loads the partner matches and what goes with them. The list and the canvas's introduction path ask the same
// partnerMatches question; one shared, short-lived answer per question keeps that to one request.
import { ApiError } from '../api/api-error';
import type { CollaborationPath } from '../api/api-types';
import { requestGraphQL } from '../api/graphql-client';
import {
  INTRODUCERS_QUERY,
  MATCH_ORGANIZATION_QUERY,
  MATCHING_WEIGHTS_QUERY,
  PARTNER_MATCHES_QUERY,
  RECORD_MATCH_FEEDBACK_MUTATION,
  type Introducer,
  type MatchDecision,
  type MatchFeedback,
  type MatchingWeights,
  type MatchOrganization,
  type PartnerMatch,
} from '../api/matches-queries';
import { matchesKeyOf, type MatchesVariables } from './matches-query';

/** Long enough for the list and the canvas asking together; short enough that a reload asks the server again. */
const SHARE_MS = 10_000;
const shared = new Map<string, { at: number; answer: Promise<PartnerMatch[]> }>();

/** Aborting one asker does not cancel the request another shares: only the last asker's signal would be wrong. */
export function loadPartnerMatches(
  variables: MatchesVariables,
  signal: AbortSignal,
  now = Date.now(),
): Promise<PartnerMatch[]> {
  const key = matchesKeyOf(variables)!;
  const known = shared.get(key);
  if (known !== undefined && now - known.at < SHARE_MS) return abortable(known.answer, signal);
  const answer = requestGraphQL(PARTNER_MATCHES_QUERY, variables).then((data) => data.partnerMatches);
  shared.set(key, { at: now, answer });
  answer.catch(() => shared.delete(key));
  return abortable(answer, signal);
}

/** Forget the shared answers (after feedback, which changes a candidate's rank and its feedback line). */
export function forgetPartnerMatches(): void {
  shared.clear();
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ApiError('ABORTED', 'the request was cancelled'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The candidate's introduction paths; NOT_FOUND when the candidate is not among the matches asked for. */
export async function loadIntroductionPaths(
  variables: MatchesVariables,
  candidate: string,
  signal: AbortSignal,
): Promise<CollaborationPath[]> {
  const matches = await loadPartnerMatches(variables, signal);
  const match = matches.find((item) => item.candidate.id === candidate);
  if (match === undefined) throw new ApiError('NOT_FOUND', `${candidate} is not among the partner matches`);
  return match.introductionPaths;
}

/** `withPrivate` (staff and up) asks for its survey needs too; below staff they are left out. */
export async function loadMatchOrganization(
  id: string,
  withPrivate: boolean,
  signal: AbortSignal,
): Promise<MatchOrganization> {
  return (await requestGraphQL(MATCH_ORGANIZATION_QUERY, { id, withPrivate }, { signal })).organization;
}

export const INTRODUCER_COUNT = 5;

export async function loadIntroducers(from: string, to: string, signal: AbortSignal): Promise<Introducer[]> {
  return (await requestGraphQL(INTRODUCERS_QUERY, { from, to, first: INTRODUCER_COUNT }, { signal })).introducers;
}

export async function recordMatchFeedback(
  orgId: string,
  candidateId: string,
  decision: MatchDecision,
): Promise<MatchFeedback> {
  const data = await requestGraphQL(RECORD_MATCH_FEEDBACK_MUTATION, { orgId, candidateId, decision });
  forgetPartnerMatches();
  return data.recordMatchFeedback;
}

/** The weights partnerMatches ranks with today, and how they were learnt. */
export async function loadMatchingWeights(signal: AbortSignal): Promise<MatchingWeights> {
  return (await requestGraphQL(MATCHING_WEIGHTS_QUERY, {}, { signal })).matchingWeights;
}
