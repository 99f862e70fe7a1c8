// The API's types as the explorer reads them: aliases of the generated operation types, and the enums as
// runtime lists (checked against the generated unions) so code and tests can iterate them.
import type {
  ExplorerGraphQuery,
  ExplorerHubsQuery,
  ExplorerOrganizationLabelQuery,
  ExplorerOrganizationQuery,
  ExplorerPathsQuery,
  ExplorerSearchQuery,
  LinkKind,
  NetworkFilter,
  OrgKind,
} from './generated/operations';

export type { LinkKind, NetworkFilter, OrgKind };

/**
 * True only when the list names every member of the union exactly once (a missing or extra kind fails the typecheck).
 */
type ListsAll<List extends readonly string[], Union extends string> = [Union] extends [List[number]]
  ? [List[number]] extends [Union]
    ? true
    : false
  : false;

export const ORG_KINDS = [
  'COMPANY',
  'UNIVERSITY',
  'HOSPITAL',
  'RESEARCH_INSTITUTE',
  'PUBLIC_AGENCY',
  'SUPPORT_ORG',
] as const;
export const LINK_KINDS = [
  'JOINT_RD',
  'CO_PUBLICATION',
  'CLINICAL_TRIAL',
  'TECH_TRANSFER',
  'SUPPLY',
  'MOU',
  'INVESTMENT',
] as const;

const ORG_KINDS_COMPLETE: ListsAll<typeof ORG_KINDS, OrgKind> = true;
const LINK_KINDS_COMPLETE: ListsAll<typeof LINK_KINDS, LinkKind> = true;
void ORG_KINDS_COMPLETE;
void LINK_KINDS_COMPLETE;

/** The payload Cytoscape draws: `graph`, `neighborhood` and (converted) `collaborationPaths` all give this shape. */
export type GraphPayload = ExplorerGraphQuery['graph'];
export type GraphNode = GraphPayload['nodes'][number];
export type GraphEdge = GraphPayload['edges'][number];

export type OrganizationDetail = ExplorerOrganizationQuery['organization'];
export type OrganizationLabel = ExplorerOrganizationLabelQuery['organization'];
export type PartnerDetail = OrganizationDetail['partners'][number];

export type CollaborationPath = ExplorerPathsQuery['collaborationPaths'][number];
export type PathStep = CollaborationPath['steps'][number];
export type LinkEvidence = PathStep['links'][number];

export type HubOption = ExplorerHubsQuery['hubs'][number];

export type SearchResult = ExplorerSearchQuery['search'][number];

/** A search hit narrowed to what the suggestion list shows (the search asks for organisations only). */
export interface OrganizationHit {
  id: string;
  name: string;
  nameEn: string;
  kind: OrgKind;
  hubName: string | null;
  hubNameEn: string | null;
  synthetic: boolean;
  matchedText: string | null;
}

export function toOrganizationHit(result: SearchResult): OrganizationHit | null {
  if (!('kind' in result.node)) return null;
  return {
    id: result.id,
    name: result.name,
    nameEn: result.nameEn,
    kind: result.node.kind,
    hubName: result.node.hub?.name ?? null,
    hubNameEn: result.node.hub?.nameEn ?? null,
    synthetic: result.node.synthetic,
    matchedText: result.matchedText,
  };
}

export function isOrgKind(value: unknown): value is OrgKind {
  return typeof value === 'string' && (ORG_KINDS as readonly string[]).includes(value);
}

export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}
