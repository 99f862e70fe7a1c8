// The dataset's files and columns, as /tmp/csv-spec.md (docs/data.md) defines them: the contract
// between the sample data, the loader and the importer.
import { bool, date, enumOf, float, id, int, list, text } from './column-types.ts';
import { defaulted, defineFile, optional, required, type FileSpec } from './column-spec.ts';
import {
  ATTENDANCE_ROLES,
  CAPABILITY_LEVELS,
  COLLABORATION_KINDS,
  EVENT_TYPES,
  KOREAN_VALUE_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  PROJECT_ROLES,
} from './vocabulary.ts';

const provenance = { source: required(text), synthetic: required(bool) };
const year = int({ min: 1800, max: 2100, what: 'a year' });

export const HUBS = defineFile({
  type: 'hubs',
  file: 'hubs.csv',
  columns: {
    id: required(id),
    name: required(text),
    nameEn: required(text),
    role: optional(text),
    roleEn: optional(text),
    lat: optional(float({ min: -90, max: 90 })),
    lng: optional(float({ min: -180, max: 180 })),
    ...provenance,
  },
  key: ['id'],
  references: [],
});

export const CAPABILITIES = defineFile({
  type: 'capabilities',
  file: 'capabilities.csv',
  columns: {
    id: required(id),
    name: required(text),
    nameEn: required(text),
    level: required(enumOf(CAPABILITY_LEVELS, KOREAN_VALUE_LABELS)),
    broader: optional(id),
    ...provenance,
  },
  key: ['id'],
  references: [{ column: 'broader', target: 'capabilities' }],
});

export const PROGRAMS = defineFile({
  type: 'programs',
  file: 'programs.csv',
  columns: {
    id: required(id),
    name: required(text),
    nameEn: required(text),
    parent: optional(id),
    description: optional(text),
    descriptionEn: optional(text),
    ...provenance,
  },
  key: ['id'],
  references: [{ column: 'parent', target: 'programs' }],
});

export const ORGANIZATIONS = defineFile({
  type: 'organizations',
  file: 'organizations.csv',
  columns: {
    id: required(id),
    name: required(text),
    nameEn: required(text),
    aliases: defaulted(list, []),
    kind: required(enumOf(ORGANIZATION_KINDS, KOREAN_VALUE_LABELS)),
    hub: optional(id),
    sector: optional(id),
    founded: optional(year),
    employees: optional(int({ min: 0 })),
    status: required(enumOf(ORGANIZATION_STATUSES, KOREAN_VALUE_LABELS)),
    description: optional(text),
    descriptionEn: optional(text),
    website: optional(text),
    ...provenance,
  },
  key: ['id'],
  references: [
    { column: 'hub', target: 'hubs' },
    { column: 'sector', target: 'capabilities', where: { column: 'level', value: 'SECTOR' } },
  ],
});

export const EVENTS = defineFile({
  type: 'events',
  file: 'events.csv',
  columns: {
    id: required(id),
    name: required(text),
    nameEn: required(text),
    type: required(enumOf(EVENT_TYPES, KOREAN_VALUE_LABELS)),
    date: required(date),
    program: optional(id),
    hub: optional(id),
    ...provenance,
  },
  key: ['id'],
  references: [
    { column: 'program', target: 'programs' },
    { column: 'hub', target: 'hubs' },
  ],
});

export const PROJECTS = defineFile({
  type: 'projects',
  file: 'projects.csv',
  columns: {
    id: required(id),
    title: required(text),
    titleEn: required(text),
    funder: required(text),
    startYear: required(year),
    endYear: optional(year),
    budgetMillionKrw: optional(float({ min: 0 })),
    ...provenance,
  },
  key: ['id'],
  references: [],
});

export const ORGANIZATION_CAPABILITIES = defineFile({
  type: 'organizationCapabilities',
  file: 'organization_capabilities.csv',
  columns: { orgId: required(id), capabilityId: required(id), ...provenance },
  key: ['orgId', 'capabilityId'],
  references: [
    { column: 'orgId', target: 'organizations' },
    { column: 'capabilityId', target: 'capabilities' },
  ],
});

export const ORGANIZATION_NEEDS = defineFile({
  type: 'organizationNeeds',
  file: 'organization_needs.csv',
  columns: {
    orgId: required(id),
    capabilityId: required(id),
    priority: required(int({ min: 1, max: 3 })),
    ...provenance,
  },
  key: ['orgId', 'capabilityId'],
  references: [
    { column: 'orgId', target: 'organizations' },
    { column: 'capabilityId', target: 'capabilities' },
  ],
});

export const COLLABORATIONS = defineFile({
  type: 'collaborations',
  file: 'collaborations.csv',
  columns: {
    id: required(id),
    from: required(id),
    to: required(id),
    kind: required(enumOf(COLLABORATION_KINDS, KOREAN_VALUE_LABELS)),
    since: required(date),
    until: optional(date),
    weight: defaulted(float({ positive: true }), 1),
    title: optional(text),
    ...provenance,
  },
  key: ['id'],
  references: [
    { column: 'from', target: 'organizations' },
    { column: 'to', target: 'organizations' },
  ],
});

export const ATTENDANCE = defineFile({
  type: 'attendance',
  file: 'attendance.csv',
  columns: {
    orgId: required(id),
    eventId: required(id),
    role: required(enumOf(ATTENDANCE_ROLES, KOREAN_VALUE_LABELS)),
    ...provenance,
  },
  key: ['orgId', 'eventId'],
  references: [
    { column: 'orgId', target: 'organizations' },
    { column: 'eventId', target: 'events' },
  ],
});

export const PROJECT_MEMBERS = defineFile({
  type: 'projectMembers',
  file: 'project_members.csv',
  columns: {
    projectId: required(id),
    orgId: required(id),
    role: required(enumOf(PROJECT_ROLES, KOREAN_VALUE_LABELS)),
    ...provenance,
  },
  key: ['projectId', 'orgId'],
  references: [
    { column: 'projectId', target: 'projects' },
    { column: 'orgId', target: 'organizations' },
  ],
});

/** Every file of a dataset, nodes before the links that refer to them. */
export const DATASET_FILES: readonly FileSpec[] = [
  HUBS,
  CAPABILITIES,
  PROGRAMS,
  ORGANIZATIONS,
  EVENTS,
  PROJECTS,
  ORGANIZATION_CAPABILITIES,
  ORGANIZATION_NEEDS,
  COLLABORATIONS,
  ATTENDANCE,
  PROJECT_MEMBERS,
];

export function specForFile(file: string): FileSpec | undefined {
  return DATASET_FILES.find((spec) => spec.file === file);
}

export function specForType(type: string): FileSpec | undefined {
  return DATASET_FILES.find((spec) => spec.type === type);
}
