// The partner-matches panel's settings (what the URL keeps of it): whom partners are found for, the candidate
// whose introduction path is drawn, and the filters (one of the organisation's needs, hubs, kinds, existing partners).
import type { OrgKind } from '../api/api-types';

export interface MatchSettings {
  /** The organisation partners are found for. */
  org: string | null;
  /** The candidate whose introduction paths the canvas draws. */
  candidate: string | null;
  /** Only candidates that can meet this need (a capability id among the organisation's needs). */
  need: string | null;
  /** null: every hub / every kind (the API's "field left out"). */
  hubs: string[] | null;
  orgKinds: OrgKind[] | null;
  /** Propose organisations already linked with it too (the API leaves them out by default). */
  includeExisting: boolean;
}

/** The API's bound is 1–50; the panel asks for the top 10. */
export const MATCH_COUNT = 10;

export function createMatchSettings(): MatchSettings {
  return { org: null, candidate: null, need: null, hubs: null, orgKinds: null, includeExisting: false };
}
