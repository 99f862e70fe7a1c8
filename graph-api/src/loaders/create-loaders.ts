// The per-request DataLoaders: every nested field is answered by one batched query per level of the
// response, however many parents the level has (no N+1). Created afresh for each request, so nothing
// is cached across requests or across a write and the reads after it.
import DataLoader from 'dataloader';
import type { Database, Params } from '../db/index.ts';
import type {
  AttendanceRow, CapabilityRow, CollaborationRow, EventRow, HubRow, MembershipRow, NeedRow, OrganizationRow, ProgramRow, ProjectRow,
} from '../model/rows.ts';
import { itemsByKey, listsByKey } from './batch-queries.ts';

/** Filters of an organisation's collaboration links, as organization-collaborations.cypher takes them. */
export interface CollaborationQuery {
  kinds: string[] | null;
  asOf: string | null;
  partnerKinds: string[] | null;
  synthetic: boolean | null;
}

const MAX_BATCH = 1_000;

export function createLoaders(db: Database) {
  const items = <T>(queryName: string) => new DataLoader<string, T | null>(itemsByKey<T>(db, queryName), { maxBatchSize: MAX_BATCH });
  const lists = <T>(queryName: string, params: Params = {}) =>
    new DataLoader<string, T[]>(listsByKey<T>(db, queryName, params), { maxBatchSize: MAX_BATCH });

  /** One loader per distinct set of arguments, so parents asking with the same arguments share a batch. */
  const withParams = <P extends object, T>(queryName: string) => {
    const loaders = new Map<string, DataLoader<string, T[]>>();
    return (params: P): DataLoader<string, T[]> => {
      const key = JSON.stringify(params);
      let loader = loaders.get(key);
      if (!loader) {
        loader = lists<T>(queryName, { ...(params as Params) });
        loaders.set(key, loader);
      }
      return loader;
    };
  };

  return {
    organization: items<OrganizationRow>('organizations-by-ids'),
    hub: items<HubRow>('hubs-by-ids'),
    capability: items<CapabilityRow>('capabilities-by-ids'),
    program: items<ProgramRow>('programs-by-ids'),
    event: items<EventRow>('events-by-ids'),
    project: items<ProjectRow>('projects-by-ids'),
    collaboration: items<CollaborationRow>('collaborations-by-ids'),

    capabilitiesOf: lists<CapabilityRow>('organization-capabilities'),
    needsOf: lists<NeedRow>('organization-needs'),
    collaborationsOf: withParams<CollaborationQuery, CollaborationRow>('organization-collaborations'),
    attendanceOf: withParams<{ from: string | null; to: string | null }, AttendanceRow>('organization-attendance'),
    membershipsOf: withParams<{ year: number | null }, MembershipRow>('organization-memberships'),

    organizationsInHub: lists<OrganizationRow>('hub-organizations'),
    eventsAtHub: lists<EventRow>('hub-events'),
    narrowerOf: lists<CapabilityRow>('capability-narrower'),
    organizationsWith: lists<OrganizationRow>('capability-organizations'),
    needsFor: lists<NeedRow>('capability-needs'),
    childrenOf: lists<ProgramRow>('program-children'),
    eventsOf: lists<EventRow>('program-events'),
    participantsOf: lists<AttendanceRow>('event-participants'),
    membersOf: lists<MembershipRow>('project-members'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
