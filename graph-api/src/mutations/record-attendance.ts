// recordAttendance: records that an organisation took part in an event; a second call changes its role.
import type { MutationRecordAttendanceArgs } from '../generated/resolvers-types.ts';
import type { AttendanceRow } from '../data/rows.ts';
import { requiredId } from '../validation/arguments.ts';
import { defineMutation } from './define-mutation.ts';
import { assertReferencesExist } from './find-missing-ids.ts';

export const recordAttendance = defineMutation<MutationRecordAttendanceArgs, AttendanceRow>(
  'recordAttendance',
  async (args, { db, actor }) => {
    const eventId = requiredId('eventId', args.eventId);
    const orgId = requiredId('orgId', args.orgId);
    return db.writeTransaction(async (tx) => {
      await assertReferencesExist(tx, { events: [['eventId', eventId]], organizations: [['orgId', orgId]] });
      const [written] = await tx.run('write-record-attendance', { eventId, orgId, role: args.role, actor: actor.name });
      return written!.attendance as AttendanceRow;
    }, 'recordAttendance');
  },
);
