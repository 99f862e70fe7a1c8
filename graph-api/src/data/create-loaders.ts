// The per-request DataLoaders: every nested field is answered by one batched query per level of the
// response, however many parents the level has (no N+1). Created afresh for each request, so nothing
// is cached across requests or across a write and the reads after it.
import DataLoader from 'dataloader';
import type { Database, Params } from '@siheung/core/db';
import type {
  AttendanceRow,
  CapabilityRow,
  CollaborationRow,
  EventRow,
  HubRow,
  MembershipRow,
  NeedRow,
  OrganizationRow,
  ProgramRow,
  ProjectRow,
} from './rows.ts';
import { itemsByKey, listsByKey } from './batch-queries.ts';

/** Filters of an organisation's collaboration links, as organization-collaborations.cypher takes them. */
export interface CollaborationQuery {
  kinds: string[] | null;
  asOf: string | null;
  partnerKinds: string[] | null;
  synthetic: boolean | null;
}

/** At most this many items per parent id (the list field's `first`, applied in the statement). */
export interface FirstQuery {
  first: number;
}

/** `partners`: the `first` partners ranked by their links, each with its `linkFirst` oldest links. */
export type PartnerLinksQuery = CollaborationQuery & FirstQuery & { linkFirst: number };

/** What a loader does with its batch of parent ids; the row type rides along for the loaders' types only. */
type LoaderSpec =
  | { kind: 'item'; query: string; row?: unknown }
  | { kind: 'withParams'; query: string; row?: unknown; params?: unknown };

/** One entity per id (null when there is none); the query takes `$ids`. */
const item = <T>(query: string) => ({ kind: 'item', query }) as { kind: 'item'; query: string; row?: T };
/** Rows per parent id under arguments: one loader per distinct set, so parents asking alike share a batch. */
const withParams = <P extends object, T>(query: string) =>
  ({ kind: 'withParams', query }) as { kind: 'withParams'; query: string; row?: T; params?: P };

const LOADERS = {
  organization: item<OrganizationRow>('organizations-by-ids'),
  hub: item<HubRow>('hubs-by-ids'),
  capability: item<CapabilityRow>('capabilities-by-ids'),
  program: item<ProgramRow>('programs-by-ids'),
  event: item<EventRow>('events-by-ids'),
  project: item<ProjectRow>('projects-by-ids'),
  collaboration: item<CollaborationRow>('collaborations-by-ids'),

  capabilitiesOf: withParams<FirstQuery, CapabilityRow>('organization-capabilities'),
  needsOf: withParams<FirstQuery, NeedRow>('organization-needs'),
  collaborationsOf: withParams<CollaborationQuery & FirstQuery, CollaborationRow>('organization-collaborations'),
  partnerLinksOf: withParams<PartnerLinksQuery, CollaborationRow>('organization-partner-links'),
  attendanceOf: withParams<{ from: string | null; to: string | null } & FirstQuery, AttendanceRow>(
    'organization-attendance',
  ),
  membershipsOf: withParams<{ year: number | null } & FirstQuery, MembershipRow>('organization-memberships'),

  organizationsInHub: withParams<FirstQuery, OrganizationRow>('hub-organizations'),
  eventsAtHub: withParams<FirstQuery, EventRow>('hub-events'),
  narrowerOf: withParams<FirstQuery, CapabilityRow>('capability-narrower'),
  organizationsWith: withParams<FirstQuery, OrganizationRow>('capability-organizations'),
  needsFor: withParams<FirstQuery, NeedRow>('capability-needs'),
  childrenOf: withParams<FirstQuery, ProgramRow>('program-children'),
  eventsOf: withParams<FirstQuery, EventRow>('program-events'),
  participantsOf: withParams<FirstQuery, AttendanceRow>('event-participants'),
  membersOf: withParams<FirstQuery, MembershipRow>('project-members'),
} satisfies Record<string, LoaderSpec>;

const MAX_BATCH = 1_000;

type LoaderOf<S> = S extends { kind: 'item'; row?: infer T }
  ? DataLoader<string, T | null>
  : S extends { kind: 'withParams'; row?: infer T; params?: infer P }
    ? (params: P) => DataLoader<string, T[]>
    : never;

export type Loaders = { [K in keyof typeof LOADERS]: LoaderOf<(typeof LOADERS)[K]> };

export function createLoaders(db: Database): Loaders {
  const lists = (query: string, params: Params = {}) =>
    new DataLoader<string, unknown[]>(listsByKey<unknown>(db, query, params), { maxBatchSize: MAX_BATCH });
  const make = (spec: LoaderSpec): unknown => {
    switch (spec.kind) {
      case 'item':
        return new DataLoader<string, unknown>(itemsByKey<unknown>(db, spec.query), { maxBatchSize: MAX_BATCH });
      case 'withParams': {
        const loaders = new Map<string, DataLoader<string, unknown[]>>();
        return (params: object): DataLoader<string, unknown[]> => {
          const key = JSON.stringify(params);
          let loader = loaders.get(key);
          if (!loader) {
            loader = lists(spec.query, { ...(params as Params) });
            loaders.set(key, loader);
          }
          return loader;
        };
      }
    }
  };
  return Object.fromEntries(Object.entries(LOADERS).map(([name, spec]) => [name, make(spec)])) as Loaders;
}
