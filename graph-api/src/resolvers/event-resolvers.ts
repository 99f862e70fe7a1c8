// Query.events, Query.event, the Event type and the Attendance link.
import type {
  AttendanceResolvers,
  EventResolvers,
  QueryEventsArgs,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import { dateRange } from '../validation/arguments.ts';
import { boundedFirst } from '../limits/list-bounds.ts';
import { defineEntityQueries } from './define-entity-queries.ts';

const events = defineEntityQueries({
  entity: 'event',
  listQuery: 'events-list',
  column: 'event',
  loader: (loaders) => loaders.event,
  listParams: (args: QueryEventsArgs) => ({
    ...dateRange('from', args.from, 'to', args.to),
    first: boundedFirst('Query.events', args.first),
  }),
});
export const eventQueries: QueryResolvers = { events: events.list, event: events.byId };

export const eventFields: EventResolvers = {
  synthetic: (event) => event.synthetic ?? false,
  source: (event) => event.source ?? '',
  program: (event, _, { loaders }) => (event.programId ? loaders.program.load(event.programId) : null),
  hub: (event, _, { loaders }) => (event.hubId ? loaders.hub.load(event.hubId) : null),
  participants: (event, args, { loaders }) =>
    loaders.participantsOf({ first: boundedFirst('Event.participants', args.first) }).load(event.id),
};

export const attendanceFields: AttendanceResolvers = {
  source: (attendance) => attendance.source ?? '',
  synthetic: (attendance) => attendance.synthetic ?? false,
  event: async (attendance, _, { loaders }) => (await loaders.event.load(attendance.eventId))!,
  organization: async (attendance, _, { loaders }) => (await loaders.organization.load(attendance.orgId))!,
};
