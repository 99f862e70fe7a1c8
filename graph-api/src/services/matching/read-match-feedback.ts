// An organisation's recorded match feedback, read for each partnerMatches request (one indexed read, run beside the
// data-version read): feedback is the secretariat's own record, not the network, so recording it neither raises the
// data version nor rebuilds the cached matching graph (docs/matching.md, "Feedback").
import type { Database } from '@siheung/core/db';
import type { MatchDecision } from '../../generated/resolvers-types.ts';
import type { MatchingFeedback } from './matching-input.ts';

export async function readMatchFeedback(db: Database, orgId: string): Promise<MatchingFeedback[]> {
  const rows = await db.read('match-feedback-of-organization', { orgId });
  return rows.map((row) => ({
    orgId: String(row.orgId),
    candidateId: String(row.candidateId),
    decision: row.decision as MatchDecision,
    note: (row.note as string | null) ?? null,
    recordedBy: String(row.recordedBy),
    recordedAt: String(row.recordedAt),
  }));
}
