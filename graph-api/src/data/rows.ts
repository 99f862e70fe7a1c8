// What the named queries return for each node and link: plain JS rows (dates as YYYY-MM-DD strings),
// the parents the GraphQL resolvers receive. References to other nodes are ids, resolved by loaders.
import type {
  AttendanceRole,
  CapabilityLevel,
  EventType,
  LinkKind,
  OrgKind,
  OrgStatus,
  ProjectRole,
} from '../generated/resolvers-types.ts';

export interface OrganizationRow {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[] | null;
  kind: OrgKind;
  hubId: string | null;
  sector: string | null;
  founded: number | null;
  employees: number | null;
  status: OrgStatus | null;
  description: string | null;
  descriptionEn: string | null;
  website: string | null;
  synthetic: boolean | null;
  source: string | null;
  importedAt: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  degree: number;
}

export interface HubRow {
  id: string;
  name: string;
  nameEn: string;
  role: string | null;
  roleEn: string | null;
  lat: number | null;
  lng: number | null;
  organizationCount: number;
  synthetic: boolean | null;
  source: string | null;
}

export interface CapabilityRow {
  id: string;
  name: string;
  nameEn: string;
  level: CapabilityLevel;
  broaderId: string | null;
  synthetic: boolean | null;
  source: string | null;
}

export interface ProgramRow {
  id: string;
  name: string;
  nameEn: string;
  description: string | null;
  descriptionEn: string | null;
  parentId: string | null;
  synthetic: boolean | null;
  source: string | null;
}

export interface EventRow {
  id: string;
  name: string;
  nameEn: string;
  type: EventType;
  date: string;
  programId: string | null;
  hubId: string | null;
  synthetic: boolean | null;
  source: string | null;
}

export interface ProjectRow {
  id: string;
  title: string;
  titleEn: string;
  funder: string;
  startYear: number;
  endYear: number | null;
  budgetMillionKrw: number | null;
  synthetic: boolean | null;
  source: string | null;
}

export interface CollaborationRow {
  id: string;
  kind: LinkKind;
  since: string;
  until: string | null;
  weight: number | null;
  title: string | null;
  source: string | null;
  synthetic: boolean | null;
  fromId: string;
  toId: string;
  /** The organisation at the other end, when the query brought it (organization-collaborations). */
  partner?: OrganizationRow;
  /**
   * Or only its short fields, when the page asked for no more (organizations-page-*-nested; see
   * organization-fields.ts).
   */
  partnerSummary?: Pick<
    OrganizationRow,
    'id' | 'name' | 'nameEn' | 'kind' | 'hubId' | 'sector' | 'status' | 'synthetic'
  >;
}

export interface NeedRow {
  orgId: string;
  capabilityId: string;
  priority: number;
  source: string | null;
  synthetic: boolean | null;
}

export interface AttendanceRow {
  orgId: string;
  eventId: string;
  role: AttendanceRole;
  source: string | null;
  synthetic: boolean | null;
}

export interface MembershipRow {
  orgId: string;
  projectId: string;
  role: ProjectRole;
  source: string | null;
}

/** One partner of an organisation: the links between the two, summarised (built from CollaborationRows). */
export interface PartnerRow {
  organizationId: string;
  kinds: LinkKind[];
  years: number[];
  since: string;
  weight: number;
  links: CollaborationRow[];
}
