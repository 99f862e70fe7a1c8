// TypeScript mirror of the GraphQL API's types (enums as runtime lists so code and tests can iterate them).

export const ORG_KINDS = [
  'COMPANY',
  'UNIVERSITY',
  'HOSPITAL',
  'RESEARCH_INSTITUTE',
  'PUBLIC_AGENCY',
  'SUPPORT_ORG',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const LINK_KINDS = [
  'JOINT_RD',
  'CO_PUBLICATION',
  'CLINICAL_TRIAL',
  'TECH_TRANSFER',
  'SUPPLY',
  'MOU',
  'INVESTMENT',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface GraphNode {
  id: string;
  label: string;
  labelEn: string;
  kind: OrgKind;
  hub: string | null;
  synthetic: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
  since: string | null;
  until: string | null;
  weight: number;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface Hub {
  id: string;
  name: string;
  nameEn: string;
}

export interface Organization {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  kind: OrgKind;
  hub: Hub | null;
  founded: number | null;
  employees: number | null;
  description: string | null;
  website: string | null;
  synthetic: boolean;
  source: string;
}

export interface OrganizationConnection {
  totalCount: number;
  edges: { cursor: string; node: Organization }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function isOrgKind(value: unknown): value is OrgKind {
  return typeof value === 'string' && (ORG_KINDS as readonly string[]).includes(value);
}

export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}
