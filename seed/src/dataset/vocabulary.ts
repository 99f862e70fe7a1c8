// The closed value sets of the dataset (the same names the GraphQL enums use).

export const ORGANIZATION_KINDS = [
  'COMPANY',
  'UNIVERSITY',
  'HOSPITAL',
  'RESEARCH_INSTITUTE',
  'PUBLIC_AGENCY',
  'SUPPORT_ORG',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_STATUSES = ['ACTIVE', 'PLANNED'] as const;
export const CAPABILITY_LEVELS = ['SECTOR', 'CAPABILITY'] as const;
export const COLLABORATION_KINDS = [
  'JOINT_RD',
  'CO_PUBLICATION',
  'CLINICAL_TRIAL',
  'TECH_TRANSFER',
  'SUPPLY',
  'MOU',
  'INVESTMENT',
] as const;
export const EVENT_TYPES = [
  'TECH_EXCHANGE',
  'WORKSHOP',
  'POLICY_ROUNDTABLE',
  'FORUM',
  'SALON',
  'KICKOFF',
  'TRAINING',
] as const;
export const ATTENDANCE_ROLES = ['HOST', 'SPEAKER', 'PARTICIPANT'] as const;
export const PROJECT_ROLES = ['LEAD', 'PARTNER'] as const;

/**
 * Korean names of the enum values (docs/data.md): a spreadsheet may hold either the code or its Korean
 * name; both are read as the code, and export always writes the code.
 */
export const KOREAN_VALUE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  COMPANY: '기업',
  UNIVERSITY: '대학',
  HOSPITAL: '병원',
  RESEARCH_INSTITUTE: '연구기관',
  PUBLIC_AGENCY: '공공기관',
  SUPPORT_ORG: '지원기관',
  ACTIVE: '운영',
  PLANNED: '계획',
  SECTOR: '분야',
  CAPABILITY: '역량',
  JOINT_RD: '공동연구',
  CO_PUBLICATION: '공동논문',
  CLINICAL_TRIAL: '임상시험',
  TECH_TRANSFER: '기술이전',
  SUPPLY: '공급',
  MOU: '업무협약',
  INVESTMENT: '투자',
  TECH_EXCHANGE: '기술교류회',
  WORKSHOP: '워크숍',
  POLICY_ROUNDTABLE: '정책간담회',
  FORUM: '포럼',
  SALON: '살롱',
  KICKOFF: '착수보고회',
  TRAINING: '교육',
  HOST: '주최',
  SPEAKER: '발표',
  PARTICIPANT: '참가',
  LEAD: '주관',
  PARTNER: '참여',
});
