// recordMatchFeedback: the secretariat's decision about a proposed partner, stored with who and when; the next
// partnerMatches shows it, and a DECLINED candidate ranks lower for that organisation
// (services/matching/scoring-weights.ts). It is read per request (services/matching/read-match-feedback.ts), so it
// leaves the data version, and every cache keyed by it, as it is.
import type { MutationRecordMatchFeedbackArgs } from '../generated/resolvers-types.ts';
import type { MatchFeedbackRow } from '../services/matching/matching-rows.ts';
import { badUserInput } from '../errors/app-errors.ts';
import { boundedString, requiredId } from '../validation/arguments.ts';
import { defineMutation } from './define-mutation.ts';
import { assertReferencesExist } from './find-missing-ids.ts';

export const recordMatchFeedback = defineMutation<MutationRecordMatchFeedbackArgs, MatchFeedbackRow>(
  'recordMatchFeedback',
  async (args, { db, actor }) => {
    const orgId = requiredId('orgId', args.orgId);
    const candidateId = requiredId('candidateId', args.candidateId);
    if (candidateId === orgId) throw badUserInput('candidateId', 'must be a different organisation from `orgId`');
    const note = boundedString('note', args.note, 1000);
    return db.writeTransaction(async (tx) => {
      await assertReferencesExist(tx, {
        organizations: [
          ['orgId', orgId],
          ['candidateId', candidateId],
        ],
      });
      const [row] = await tx.run('write-record-match-feedback', {
        orgId,
        candidateId,
        decision: args.decision,
        note,
        actor: actor.name,
      });
      return row as unknown as MatchFeedbackRow;
    }, 'recordMatchFeedback');
  },
  { dataVersion: 'never' },
);
