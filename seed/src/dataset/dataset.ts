// The typed, validated dataset: what the loader writes. Row types come from the file specs.
import type { RowOf } from './column-spec.ts';
import type {
  ATTENDANCE,
  CAPABILITIES,
  COLLABORATIONS,
  EVENTS,
  HUBS,
  ORGANIZATION_CAPABILITIES,
  ORGANIZATION_NEEDS,
  ORGANIZATIONS,
  PROGRAMS,
  PROJECT_MEMBERS,
  PROJECTS,
} from './file-specs.ts';

/** Where a row was read from (its file, or the import's --source): stored as importedFrom, not part of its content. */
export type Imported<T> = T & { importedFrom?: string };

export type HubRow = Imported<RowOf<typeof HUBS>>;
export type CapabilityRow = Imported<RowOf<typeof CAPABILITIES>>;
export type ProgramRow = Imported<RowOf<typeof PROGRAMS>>;
export type OrganizationRow = Imported<RowOf<typeof ORGANIZATIONS>>;
export type EventRow = Imported<RowOf<typeof EVENTS>>;
export type ProjectRow = Imported<RowOf<typeof PROJECTS>>;
export type OrganizationCapabilityRow = Imported<RowOf<typeof ORGANIZATION_CAPABILITIES>>;
export type OrganizationNeedRow = Imported<RowOf<typeof ORGANIZATION_NEEDS>>;
export type CollaborationRow = Imported<RowOf<typeof COLLABORATIONS>>;
export type AttendanceRow = Imported<RowOf<typeof ATTENDANCE>>;
export type ProjectMemberRow = Imported<RowOf<typeof PROJECT_MEMBERS>>;

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
