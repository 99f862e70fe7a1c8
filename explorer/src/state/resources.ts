// Everything the page loads from the API, each as one "resource": the key it was asked for, its status, its
// last data (kept while a reload or a retry runs, so nothing vanishes) and its last error.
import type { ApiErrorCode } from '../api/api-error';
import type {
  CollaborationPath,
  GraphPayload,
  HubOption,
  OrganizationDetail,
  OrganizationHit,
  OrganizationLabel,
} from '../api/api-types';
import { DASHBOARD_RESOURCE_NAMES, type DashboardResourceData } from './dashboard-resources';
import { MATCHES_RESOURCE_NAMES, type MatchesResourceData } from './matches-resources';
import type { Viewer } from '../api/viewer-queries';

export interface LoadError {
  code: ApiErrorCode;
  message: string;
  /** Whether the page retries by itself (database down, server not reachable yet). */
  retryable: boolean;
}

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Resource<T> {
  /** What was asked for (a serialised query); null when nothing is asked for. */
  key: string | null;
  status: ResourceStatus;
  data: T | null;
  error: LoadError | null;
  /** Bumped to ask again for the same key (a retry). */
  attempt: number;
}

/** What the canvas draws: the graph, and the paths it was made from in the path finder. */
export interface ViewData {
  payload: GraphPayload;
  paths: CollaborationPath[] | null;
  /**
   * What the view is about (the whole network, one centre, two path ends). A new subject is laid out afresh;
   * the same subject growing or shrinking (expand, filters, load more) keeps every position.
   */
  subject: string;
}

export interface ResourceData extends DashboardResourceData, MatchesResourceData {
  view: ViewData;
  /** Who the API takes the caller to be (its role decides private fields and exports: state/viewer.ts). */
  viewer: Viewer;
  detail: OrganizationDetail;
  hubs: HubOption[];
  'search.main': OrganizationHit[];
  'search.from': OrganizationHit[];
  'search.to': OrganizationHit[];
  'search.linkFrom': OrganizationHit[];
  'search.linkTo': OrganizationHit[];
  'label.from': OrganizationLabel;
  'label.to': OrganizationLabel;
}

export type ResourceName = keyof ResourceData;
export type Resources = { [K in ResourceName]: Resource<ResourceData[K]> };

export const RESOURCE_NAMES = [
  'view',
  'viewer',
  'detail',
  'hubs',
  'search.main',
  'search.from',
  'search.to',
  'search.linkFrom',
  'search.linkTo',
  'label.from',
  'label.to',
  ...DASHBOARD_RESOURCE_NAMES,
  ...MATCHES_RESOURCE_NAMES,
] as const satisfies readonly ResourceName[];

export function emptyResource<T>(): Resource<T> {
  return { key: null, status: 'idle', data: null, error: null, attempt: 0 };
}

export function createResources(): Resources {
  return Object.fromEntries(RESOURCE_NAMES.map((name) => [name, emptyResource()])) as Resources;
}

/** Failures that mean "the data is not reachable right now" rather than "this request is wrong". */
const UNAVAILABLE_CODES: ReadonlySet<ApiErrorCode> = new Set(['DATABASE_UNAVAILABLE', 'NETWORK_ERROR', 'TIMEOUT']);

export function isUnavailable(error: LoadError | null): boolean {
  return error !== null && UNAVAILABLE_CODES.has(error.code);
}

/** The first outage among the resources: one banner for the page, however many panels are waiting. */
export function currentOutage(resources: Resources): LoadError | null {
  for (const name of RESOURCE_NAMES) {
    const { error } = resources[name];
    if (isUnavailable(error)) return error;
  }
  return null;
}
