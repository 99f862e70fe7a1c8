// Generated from graph-api/schema.graphql and src/api/queries.ts by `pnpm --filter @siheung/explorer codegen`: do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Roles at an event. */
export type AttendanceRole =
  /** Organised or hosted it (주최·주관). */
  | 'HOST'
  /** Attended (참가). */
  | 'PARTICIPANT'
  /** Gave a talk or presentation (발표). */
  | 'SPEAKER';

/** Kinds of meeting. */
export type EventType =
  /** A forum or conference (포럼). */
  | 'FORUM'
  /** A kick-off or report meeting (착수보고회). */
  | 'KICKOFF'
  /** A policy roundtable (정책간담회). */
  | 'POLICY_ROUNDTABLE'
  /** An informal networking salon (살롱). */
  | 'SALON'
  /** A technology exchange meeting (기술교류회). */
  | 'TECH_EXCHANGE'
  /** A training course or seminar (교육). */
  | 'TRAINING'
  /** A workshop, e.g. industry–academia joint planning (워크숍). */
  | 'WORKSHOP';

/** Kinds of collaboration link between two organisations. */
export type LinkKind =
  /** A clinical trial: sponsor and site (임상시험). */
  | 'CLINICAL_TRIAL'
  /** A joint publication (공동논문). */
  | 'CO_PUBLICATION'
  /** An investment (투자). */
  | 'INVESTMENT'
  /** Joint research and development (공동연구). */
  | 'JOINT_RD'
  /** A memorandum of understanding (업무협약). */
  | 'MOU'
  /** A supply relationship (공급). */
  | 'SUPPLY'
  /** A technology transfer (기술이전). */
  | 'TECH_TRANSFER';

/**
 * Which part of the collaboration network to take. Every field given must hold (AND); a field left out means
 * "any". Organisations that fail the filter are left out together with their links.
 */
export type NetworkFilter = {
  /** The network as it stood on this date (YYYY-MM-DD): only links with since ≤ asOf and (no until, or until ≥ asOf). */
  asOf?: string | null | undefined;
  /** Only organisations located in these hubs (hub ids, e.g. HUB-BAEGOT). */
  hubs?: Array<string> | null | undefined;
  /** Only links of these kinds. */
  linkKinds?: Array<LinkKind> | null | undefined;
  /** Only organisations of these kinds. */
  orgKinds?: Array<OrgKind> | null | undefined;
  /** Only organisations of these sectors (ids of capabilities of level SECTOR, e.g. SEC-CDMO). */
  sectors?: Array<string> | null | undefined;
};

/** Kinds of organisation in the cluster. */
export type OrgKind =
  /** A company (기업). */
  | 'COMPANY'
  /** A hospital (병원). */
  | 'HOSPITAL'
  /** A public agency such as the city or the province (공공기관). */
  | 'PUBLIC_AGENCY'
  /** A research institute (연구기관). */
  | 'RESEARCH_INSTITUTE'
  /** A support organisation such as the Industry Promotion Agency (지원기관). */
  | 'SUPPORT_ORG'
  /** A university (대학). */
  | 'UNIVERSITY';

/** Whether an organisation or facility operates already. */
export type OrgStatus =
  /** Operating (운영 중). */
  | 'ACTIVE'
  /** Planned or under construction, e.g. a hospital not yet open (계획). */
  | 'PLANNED';

/** Roles in a project. */
export type ProjectRole =
  /** The lead organisation (주관기관). */
  | 'LEAD'
  /** A partner organisation (참여기관). */
  | 'PARTNER';

/** How a search result matched the text, from the strongest match to the weakest. */
export type SearchMatch =
  /** The initial consonants (초성) of a Korean name or alias contain the text (ㅅㅇㄷ → 서울대). */
  | 'CHOSEONG'
  /** A name or alias equals the text (서울대, SNU). */
  | 'EXACT'
  /** Similar words only: a small English typo (seol → Seoul), other spacing or word order. */
  | 'FUZZY'
  /** A name, alias or romanisation contains the text. */
  | 'PARTIAL'
  /** A name or alias, or one of its words, starts with the text (snu hosp → SNU Hospital; baegot → 배곧 by romanisation). */
  | 'PREFIX';

export type GraphPayloadFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string, kind: OrgKind, hub: string | null, sector: string | null, synthetic: boolean, degree: number, distance: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: LinkKind, since: string | null, until: string | null, weight: number, title: string | null }> };

export type PathOrganizationFieldsFragment = { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, degree: number, hub: { id: string } | null };

export type LinkEvidenceFieldsFragment = { id: string, kind: LinkKind, since: string, until: string | null, weight: number, title: string | null, source: string, synthetic: boolean, from: { id: string }, to: { id: string } };

export type ExplorerGraphQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerGraphQuery = { graph: { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string, kind: OrgKind, hub: string | null, sector: string | null, synthetic: boolean, degree: number, distance: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: LinkKind, since: string | null, until: string | null, weight: number, title: string | null }> } };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  filter?: NetworkFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string, kind: OrgKind, hub: string | null, sector: string | null, synthetic: boolean, degree: number, distance: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: LinkKind, since: string | null, until: string | null, weight: number, title: string | null }> } };

export type ExplorerOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerOrganizationQuery = { organization: { id: string, name: string, nameEn: string, aliases: Array<string>, kind: OrgKind, status: OrgStatus, founded: number | null, employees: number | null, website: string | null, description: string | null, descriptionEn: string | null, synthetic: boolean, source: string, importedAt: string | null, updatedAt: string | null, degree: number, hub: { id: string, name: string, nameEn: string } | null, capabilities: Array<{ id: string, name: string, nameEn: string, broader: { id: string, name: string, nameEn: string } | null }>, needs: Array<{ priority: number, source: string, capability: { id: string, name: string, nameEn: string } }>, partners: Array<{ kinds: Array<LinkKind>, years: Array<number>, since: string, weight: number, organization: { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean }, links: Array<{ id: string, kind: LinkKind, since: string, until: string | null, source: string, synthetic: boolean }> }>, events: Array<{ role: AttendanceRole, event: { id: string, name: string, nameEn: string, date: string, type: EventType } }>, projects: Array<{ role: ProjectRole, project: { id: string, title: string, titleEn: string, funder: string, startYear: number, endYear: number | null } }> } };

export type ExplorerOrganizationLabelQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerOrganizationLabelQuery = { organization: { id: string, name: string, nameEn: string, kind: OrgKind } };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ id: string, name: string, nameEn: string, match: SearchMatch, matchedText: string | null, score: number, node:
      | { kind: OrgKind, synthetic: boolean, hub: { id: string, name: string, nameEn: string } | null }
      | Record<PropertyKey, never>
     }> };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  k?: number | null | undefined;
  maxHops?: number | null | undefined;
  linkKinds?: Array<LinkKind> | LinkKind | null | undefined;
}>;


export type ExplorerPathsQuery = { collaborationPaths: Array<{ length: number, organizations: Array<{ id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, degree: number, hub: { id: string } | null }>, steps: Array<{ from: { id: string }, to: { id: string }, links: Array<{ id: string, kind: LinkKind, since: string, until: string | null, weight: number, title: string | null, source: string, synthetic: boolean, from: { id: string }, to: { id: string } }> }> }> };

export type ExplorerHubsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerHubsQuery = { hubs: Array<{ id: string, name: string, nameEn: string }> };
