// The cluster's domain types and their look-up queries (organisations, hubs, capabilities, programmes,
// events, projects, collaborations), typed by the resolver types generated from the SDL.
import type { Resolvers } from '../generated/resolvers-types.ts';
import { capabilityFields, capabilityQueries, needFields } from './capability-resolvers.ts';
import { collaborationFields, collaborationQueries } from './collaboration-resolvers.ts';
import { attendanceFields, eventFields, eventQueries } from './event-resolvers.ts';
import { hubFields, hubQueries } from './hub-resolvers.ts';
import { organizationFields, partnerFields } from './organization-fields.ts';
import { organizationQueries } from './organization-resolvers.ts';
import { programFields, programQueries } from './program-resolvers.ts';
import { membershipFields, projectFields, projectQueries } from './project-resolvers.ts';

export const domainResolvers: Resolvers = {
  Query: {
    ...organizationQueries,
    ...hubQueries,
    ...capabilityQueries,
    ...programQueries,
    ...eventQueries,
    ...projectQueries,
    ...collaborationQueries,
  },
  Organization: organizationFields,
  Partner: partnerFields,
  Hub: hubFields,
  Capability: capabilityFields,
  Need: needFields,
  Program: programFields,
  Event: eventFields,
  Attendance: attendanceFields,
  Project: projectFields,
  ProjectMembership: membershipFields,
  Collaboration: collaborationFields,
};
