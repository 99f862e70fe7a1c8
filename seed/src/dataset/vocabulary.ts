// The closed value sets of the dataset (the same names the GraphQL enums use).

export const ORGANIZATION_KINDS = ['COMPANY', 'UNIVERSITY', 'HOSPITAL', 'RESEARCH_INSTITUTE', 'PUBLIC_AGENCY', 'SUPPORT_ORG'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_STATUSES = ['ACTIVE', 'PLANNED'] as const;
export const CAPABILITY_LEVELS = ['SECTOR', 'CAPABILITY'] as const;
export const COLLABORATION_KINDS = ['JOINT_RD', 'CO_PUBLICATION', 'CLINICAL_TRIAL', 'TECH_TRANSFER', 'SUPPLY', 'MOU', 'INVESTMENT'] as const;
export const EVENT_TYPES = ['TECH_EXCHANGE', 'WORKSHOP', 'POLICY_ROUNDTABLE', 'FORUM', 'SALON', 'KICKOFF', 'TRAINING'] as const;
export const ATTENDANCE_ROLES = ['HOST', 'SPEAKER', 'PARTICIPANT'] as const;
export const PROJECT_ROLES = ['LEAD', 'PARTNER'] as const;
