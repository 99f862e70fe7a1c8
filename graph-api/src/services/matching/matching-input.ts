// The plain rows the matching engine reads: built from Neo4j by the API (read-matching-input.ts) or from a CSV
// dataset by the evaluation (eval/). No Neo4j types; dates are YYYY-MM-DD text, years numbers.
import type { LinkKind, MatchDecision, OrgKind } from '../../generated/resolvers-types.ts';

export interface MatchingOrganization {
  id: string;
  name: string;
  nameEn: string;
  kind: OrgKind;
  /** Hub id, or null when outside every hub. */
  hub: string | null;
  /** Sector (a capability of level SECTOR), or null. */
  sector: string | null;
  /** Year founded, or null when unknown (as of a date, an organisation founded later is left out). */
  founded: number | null;
}

/** One stored collaboration link (several may join the same pair). */
export interface MatchingLink {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  /** First day (YYYY-MM-DD), or null when unknown (then it counts at every date). */
  since: string | null;
  /** Last day it ran (YYYY-MM-DD), or null while it runs. */
  until: string | null;
  weight: number;
}

/** A capability or sector, with the one it belongs to (a need is met by the capability or a narrower one). */
export interface MatchingCapability {
  id: string;
  name: string;
  nameEn: string;
  /** Broader capability id (a capability's sector), or null. */
  broader: string | null;
}

/** An organisation can provide a capability. */
export interface MatchingOffer {
  orgId: string;
  capabilityId: string;
}

/** An organisation needs a capability (demand survey); priority 1 (high) – 3 (low). */
export interface MatchingNeed {
  orgId: string;
  capabilityId: string;
  priority: number;
}

export interface MatchingHub {
  id: string;
  name: string;
  nameEn: string;
  /** Location (hubs within MATCHING_CONFIG.neighbouringHubKm of each other are neighbours); null when unknown. */
  lat: number | null;
  lng: number | null;
}

export interface MatchingEvent {
  id: string;
  name: string;
  nameEn: string;
  /** YYYY-MM-DD; as of a date, later events do not count. Null: counts at every date. */
  date: string | null;
}

export interface MatchingProject {
  id: string;
  title: string;
  titleEn: string;
  /** As of a date, projects starting in a later year do not count. Null: counts at every date. */
  startYear: number | null;
}

export interface MatchingAttendance {
  eventId: string;
  orgId: string;
}

export interface MatchingMembership {
  projectId: string;
  orgId: string;
}

/**
 * The secretariat's decision about a proposed partner; the latest per (orgId, candidateId) counts. Not part of
 * MatchingInput: it is the organisation's own record, read for each request (read-match-feedback.ts) and passed to
 * rankPartners, so recording one never rebuilds the cached network.
 */
export interface MatchingFeedback {
  orgId: string;
  candidateId: string;
  decision: MatchDecision;
  note: string | null;
  recordedBy: string;
  /** ISO 8601 date-time. */
  recordedAt: string;
}

/** Everything the engine needs about the network; the eval may leave hubs, events and projects empty. */
export interface MatchingInput {
  organizations: MatchingOrganization[];
  links: MatchingLink[];
  capabilities: MatchingCapability[];
  offers: MatchingOffer[];
  needs: MatchingNeed[];
  hubs: MatchingHub[];
  events: MatchingEvent[];
  projects: MatchingProject[];
  attendance: MatchingAttendance[];
  memberships: MatchingMembership[];
}
