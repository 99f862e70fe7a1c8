// Query.events, Query.event, the Event type and the Attendance link.
import { notFound } from '../errors/app-errors.ts';
import type { AttendanceResolvers, EventResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { EventRow } from '../model/rows.ts';
import { dateRange, requiredId } from './arguments.ts';

export const eventQueries: QueryResolvers = {
  async events(_, args, { db, loaders }) {
    const events = (await db.read('events-list', dateRange('from', args.from, 'to', args.to))).map((row) => row.event as EventRow);
    for (const event of events) loaders.event.prime(event.id, event);
    return events;
  },
  async event(_, args, { loaders }) {
    const event = await loaders.event.load(requiredId('id', args.id));
    if (!event) throw notFound('event', args.id, 'id');
    return event;
  },
};

export const eventFields: EventResolvers = {
  synthetic: (event) => event.synthetic ?? false,
  source: (event) => event.source ?? '',
  program: (event, _, { loaders }) => (event.programId ? loaders.program.load(event.programId) : null),
  hub: (event, _, { loaders }) => (event.hubId ? loaders.hub.load(event.hubId) : null),
  participants: (event, _, { loaders }) => loaders.participantsOf.load(event.id),
};

export const attendanceFields: AttendanceResolvers = {
  source: (attendance) => attendance.source ?? '',
  synthetic: (attendance) => attendance.synthetic ?? false,
  event: async (attendance, _, { loaders }) => (await loaders.event.load(attendance.eventId))!,
  organization: async (attendance, _, { loaders }) => (await loaders.organization.load(attendance.orgId))!,
};
