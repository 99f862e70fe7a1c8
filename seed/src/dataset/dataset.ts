// The typed, validated dataset: what the loader writes. Row types come from the file specs.
import type { RowOf } from './column-spec.ts';
import type {
  ATTENDANCE, CAPABILITIES, COLLABORATIONS, EVENTS, HUBS, ORGANIZATION_CAPABILITIES, ORGANIZATION_NEEDS, ORGANIZATIONS,
  PROGRAMS, PROJECT_MEMBERS, PROJECTS,
} from './file-specs.ts';

export type HubRow = RowOf<typeof HUBS>;
export type CapabilityRow = RowOf<typeof CAPABILITIES>;
export type ProgramRow = RowOf<typeof PROGRAMS>;
export type OrganizationRow = RowOf<typeof ORGANIZATIONS>;
export type EventRow = RowOf<typeof EVENTS>;
export type ProjectRow = RowOf<typeof PROJECTS>;
export type OrganizationCapabilityRow = RowOf<typeof ORGANIZATION_CAPABILITIES>;
export type OrganizationNeedRow = RowOf<typeof ORGANIZATION_NEEDS>;
export type CollaborationRow = RowOf<typeof COLLABORATIONS>;
export type AttendanceRow = RowOf<typeof ATTENDANCE>;
export type ProjectMemberRow = RowOf<typeof PROJECT_MEMBERS>;

export interface Dataset {
  hubs: HubRow[];
  capabilities: CapabilityRow[];
  programs: ProgramRow[];
  organizations: OrganizationRow[];
  events: EventRow[];
  projects: ProjectRow[];
  organizationCapabilities: OrganizationCapabilityRow[];
  organizationNeeds: OrganizationNeedRow[];
  collaborations: CollaborationRow[];
  attendance: AttendanceRow[];
  projectMembers: ProjectMemberRow[];
}

export type DatasetType = keyof Dataset;
