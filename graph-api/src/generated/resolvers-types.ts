// Generated from src/schema/*.graphql by `pnpm --filter @siheung/graph-api codegen`: do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow, HubRow, CapabilityRow, ProgramRow, EventRow, ProjectRow, CollaborationRow, NeedRow, AttendanceRow, MembershipRow, PartnerRow } from '../data/rows.ts';
import type { CentralityEntryRow, BrokerRow, CommunityRow } from '../services/analytics/analytics-rows.ts';
import type { PartnerMatchRow, MatchReasonRow, IntroducerRow, MatchFeedbackRow } from '../services/matching/matching-rows.ts';
import type { AppContext } from '../app/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A file sent with the GraphQL multipart request spec (a `multipart/form-data` POST to /graphql, as
   * graphql-yoga reads it): a CSV, TSV or XLSX spreadsheet of the dataset (docs/data.md).
   */
  File: { input: unknown; output: unknown; }
};

/**
 * Which part of the collaboration network the analytics look at. Every field given must hold (AND); a field left out
 * means "any". Organisations outside the scope are left out together with their links.
 */
export type AnalyticsScope = {
  /** Only organisations located in these hubs (hub ids, e.g. HUB-BAEGOT). */
  hubs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only links of these kinds. */
  linkKinds?: InputMaybe<Array<LinkKind>>;
  /** Only organisations of these kinds. */
  orgKinds?: InputMaybe<Array<OrgKind>>;
  /** Only organisations of these sectors (ids of capabilities of level SECTOR, e.g. SEC-CDMO). */
  sectors?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An API key (its secret is shown once, when it is made, and stored only as a hash). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was made (ISO 8601 date-time). */
  createdAt: Scalars['String']['output'];
  /** The key's id: the part after `shk_` in the key. */
  id: Scalars['ID']['output'];
  /** Who or what holds it; recorded as `updatedBy` and in the audit log. */
  name: Scalars['String']['output'];
  /** When it was revoked (ISO 8601 date-time); null while it is valid. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** What it may do. */
  role: Role;
};

/** An organisation's part in an event. */
export type Attendance = {
  __typename?: 'Attendance';
  /** The event. */
  event: Event;
  /** The organisation. */
  organization: Organization;
  /** What it did there. */
  role: AttendanceRole;
  /** Where the attendance was recorded. */
  source: Scalars['String']['output'];
  /** True when the attendance is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
};

/** Roles at an event. */
export type AttendanceRole =
  /** Organised or hosted it (주최·주관). */
  | 'HOST'
  /** Attended (참가). */
  | 'PARTICIPANT'
  /** Gave a talk or presentation (발표). */
  | 'SPEAKER';

/** One write recorded in the audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The name of the API key that made it (or `cli:<user>` for the command line). */
  actor: Scalars['String']['output'];
  /** The role it had. */
  actorRole: Role;
  /** Its stored properties after the write, as JSON (for an import: the counts per dataset type). */
  after?: Maybe<Scalars['String']['output']>;
  /** When the write committed (ISO 8601 date-time). */
  at: Scalars['String']['output'];
  /** Its stored properties before the write, as JSON; null when it did not exist. */
  before?: Maybe<Scalars['String']['output']>;
  /** The id of what changed (for an import: its source name); null when it has none. */
  entityId?: Maybe<Scalars['String']['output']>;
  /** What kind of thing changed: Organization, Collaboration, Attendance, ApiKey, Import, … */
  entityType: Scalars['String']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The API key's id; null for the command line. */
  keyId?: Maybe<Scalars['ID']['output']>;
  /** The operation: the mutation's name, `import` for the data CLI, or `createApiKey`/`revokeApiKey`. */
  operation: Scalars['String']['output'];
};

/** A page of the audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An edge of the audit log. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` for the entries that follow this one. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** An organisation that bridges hubs or kinds. */
export type Broker = {
  __typename?: 'Broker';
  /** Its betweenness (see `BrokerRanking.exact`). */
  betweenness: Scalars['Float']['output'];
  /** Links to organisations located in another hub (both ends located). */
  crossHubLinks: Scalars['Int']['output'];
  /** Links to organisations of another kind. */
  crossKindLinks: Scalars['Int']['output'];
  /** Links to organisations of another sector (both ends with a sector). */
  crossSectorLinks: Scalars['Int']['output'];
  /** Its partners. */
  degree: Scalars['Int']['output'];
  /** Hubs of the organisation and its partners. */
  hubsReached: Array<Scalars['ID']['output']>;
  /** Kinds of the organisation and its partners. At most 6: one per OrgKind. */
  kindsReached: Array<OrgKind>;
  /** The organisation. */
  organization: Organization;
  /** Position, from 1. */
  rank: Scalars['Int']['output'];
  /** Why it is listed. At most 4: one per BrokerReasonCode. */
  reasons: Array<BrokerReason>;
};


/** An organisation that bridges hubs or kinds. */
export type BrokerHubsReachedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Brokers of a network, highest betweenness first. */
export type BrokerRanking = {
  __typename?: 'BrokerRanking';
  /** The date the network was taken at; null: every link recorded. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Organisations with betweenness above 0 and at least one link to another hub or kind. */
  brokers: Array<Broker>;
  /** True when betweenness was computed from every organisation; false when estimated from pivots. */
  exact: Scalars['Boolean']['output'];
  /** Pivots used by the estimate; null when exact. */
  samplePivots?: Maybe<Scalars['Int']['output']>;
};

/** One reason, with the number behind it, in Korean and English. */
export type BrokerReason = {
  __typename?: 'BrokerReason';
  /** What kind of reason. */
  code: BrokerReasonCode;
  /** The reason in Korean. */
  text: Scalars['String']['output'];
  /** The reason in English. */
  textEn: Scalars['String']['output'];
  /** The number behind it: the betweenness, or the count of cross-group links. */
  value: Scalars['Float']['output'];
};

/** Why an organisation is a broker. */
export type BrokerReasonCode =
  /** It has links to organisations of other hubs. */
  | 'BRIDGES_HUBS'
  /** It has links to organisations of other kinds (e.g. a company linked to a hospital). */
  | 'BRIDGES_KINDS'
  /** It has links to organisations of other sectors. */
  | 'BRIDGES_SECTORS'
  /** Among the top tenth by betweenness: many shortest paths between others pass through it. */
  | 'HIGH_BETWEENNESS';

/**
 * A capability in the cluster's taxonomy: a SECTOR (e.g. 바이오 소부장) or a CAPABILITY within one
 * (e.g. 배지 culture media). Organisations have capabilities and need them.
 */
export type Capability = {
  __typename?: 'Capability';
  /** The broader capability (its sector), if any. */
  broader?: Maybe<Capability>;
  /** Stable identifier, e.g. SEC-CDMO or CAP-QC-TESTING. */
  id: Scalars['ID']['output'];
  /** SECTOR or CAPABILITY. */
  level: CapabilityLevel;
  /** Korean name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** The narrower capabilities, by Korean name. */
  narrower: Array<Capability>;
  /** The needs for this capability from the demand survey, most urgent first. */
  neededBy: Array<Need>;
  /** The organisations that have this capability (directly), by Korean name. */
  organizations: Array<Organization>;
  /** Where the capability comes from (the taxonomy's version). */
  source: Scalars['String']['output'];
  /** True when the capability is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
};


/**
 * A capability in the cluster's taxonomy: a SECTOR (e.g. 바이오 소부장) or a CAPABILITY within one
 * (e.g. 배지 culture media). Organisations have capabilities and need them.
 */
export type CapabilityNarrowerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A capability in the cluster's taxonomy: a SECTOR (e.g. 바이오 소부장) or a CAPABILITY within one
 * (e.g. 배지 culture media). Organisations have capabilities and need them.
 */
export type CapabilityNeededByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A capability in the cluster's taxonomy: a SECTOR (e.g. 바이오 소부장) or a CAPABILITY within one
 * (e.g. 배지 culture media). Organisations have capabilities and need them.
 */
export type CapabilityOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Levels of the capability taxonomy. */
export type CapabilityLevel =
  /** A capability (역량) within a sector. */
  | 'CAPABILITY'
  /** A sector (분야), the top of the taxonomy. */
  | 'SECTOR';

/** One organisation of a centrality ranking. */
export type CentralityEntry = {
  __typename?: 'CentralityEntry';
  /** Its partners in the network (linked organisations). */
  degree: Scalars['Int']['output'];
  /** The organisation. */
  organization: Organization;
  /** Position, from 1 (ties broken by id). */
  rank: Scalars['Int']['output'];
  /** Its centrality. */
  value: Scalars['Float']['output'];
};

/** A centrality measure to rank organisations by. */
export type CentralityMetric =
  /**
   * Share of the shortest paths between other organisations that pass through it (unweighted, normalised as networkx);
   * sampled past a size limit.
   */
  | 'BETWEENNESS'
  /** Closeness with Wasserman–Faust's correction for disconnected networks (unweighted hops); sampled past a size limit. */
  | 'CLOSENESS'
  /** Partners / (n − 1) (unweighted). */
  | 'DEGREE'
  /** Eigenvector centrality, weighted by the pairs' summed link weights. */
  | 'EIGENVECTOR'
  /** PageRank (damping 0.85), weighted by the pairs' summed link weights. */
  | 'PAGERANK';

/** Organisations ranked by a centrality. */
export type CentralityRanking = {
  __typename?: 'CentralityRanking';
  /** The date the network was taken at; null: every link recorded. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** The top organisations, highest value first. */
  entries: Array<CentralityEntry>;
  /** True when computed from every organisation; false when estimated from `samplePivots` random (seeded) pivots. */
  exact: Scalars['Boolean']['output'];
  /** The measure. */
  metric: CentralityMetric;
  /** Organisations in the network. */
  organizations: Scalars['Int']['output'];
  /** Pivots used by the estimate; null when exact. */
  samplePivots?: Maybe<Scalars['Int']['output']>;
  /** True when link weights count (eigenvector, PageRank). */
  weighted: Scalars['Boolean']['output'];
};

/** A collaboration link between two organisations, with its evidence. Read as undirected. */
export type Collaboration = {
  __typename?: 'Collaboration';
  /** The organisation recorded first (the direction carries no meaning). */
  from: Organization;
  /** Stable identifier, e.g. SYN-LNK-0001. */
  id: Scalars['ID']['output'];
  /** Kind of collaboration. */
  kind: LinkKind;
  /** When it began (YYYY-MM-DD). */
  since: Scalars['String']['output'];
  /** Where the link comes from: press report, dataset or survey. */
  source: Scalars['String']['output'];
  /** True when the link is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
  /** Short description (Korean). */
  title?: Maybe<Scalars['String']['output']>;
  /** The organisation recorded second. */
  to: Organization;
  /** When it ended (YYYY-MM-DD), or null while it lasts. */
  until?: Maybe<Scalars['String']['output']>;
  /** Strength of the link (1 by default). */
  weight: Scalars['Float']['output'];
};

/** Which collaboration links to list; every field given must hold (AND). */
export type CollaborationFilter = {
  /** Only links running on this date (YYYY-MM-DD): since ≤ asOf and (no until, or until ≥ asOf). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Only links of these kinds. */
  kinds?: InputMaybe<Array<LinkKind>>;
  /** Only links whose other organisation is of one of these kinds. */
  partnerKinds?: InputMaybe<Array<OrgKind>>;
  /** Only invented sample links (true) or only real ones (false). */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The four groups of the 산학연병 balance (docs/analytics.md). */
export type CollaborationGroup =
  /** 학·연 Academia: universities and research institutes. */
  | 'ACADEMIA'
  /** 관 Government and support: public agencies and support organisations. */
  | 'GOVERNMENT'
  /** 병 Hospitals. */
  | 'HOSPITAL'
  /** 산 Industry: companies. */
  | 'INDUSTRY';

/** One group's part in the network's links. */
export type CollaborationGroupShare = {
  __typename?: 'CollaborationGroupShare';
  /** The group. */
  group: CollaborationGroup;
  /** The organisation kinds it holds. At most 6: one per OrgKind. */
  kinds: Array<OrgKind>;
  /** Linked pairs with at least one end in the group. */
  links: Scalars['Int']['output'];
  /** Its organisations in the network. */
  organizations: Scalars['Int']['output'];
  /** links / all links; null without links. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** A collaboration link to record. */
export type CollaborationInput = {
  /** One organisation's id. */
  from: Scalars['ID']['input'];
  /**
   * Its id (letters, digits, '-' and '_', up to 100 characters); made from the two organisations, kind and date when
   * absent.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of collaboration. */
  kind: LinkKind;
  /** When it began (YYYY-MM-DD). */
  since: Scalars['String']['input'];
  /** Where the link comes from, e.g. a press article or meeting minutes (up to 200 characters). */
  source: Scalars['String']['input'];
  /** True only for invented test or demo data (false when absent). */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Short description, up to 500 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The other organisation's id (not the same as `from`). */
  to: Scalars['ID']['input'];
  /** When it ended (YYYY-MM-DD), if it has; not before `since`. */
  until?: InputMaybe<Scalars['String']['input']>;
  /** Strength of the link, more than 0 and at most 100 (1 when absent). */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** How the network's links divide between industry, academia, hospitals and government (the 산학연병 balance). */
export type CollaborationMix = {
  __typename?: 'CollaborationMix';
  /** The date the network was taken at; null: every link recorded. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Links between two different groups. */
  crossGroupLinks: Scalars['Int']['output'];
  /** crossGroupLinks / links; null without links. */
  crossGroupShare?: Maybe<Scalars['Float']['output']>;
  /** Each group's part. At most 4: one per CollaborationGroup. */
  groups: Array<CollaborationGroupShare>;
  /** Linked pairs in the network. */
  links: Scalars['Int']['output'];
  /** Each unordered pair of groups (10, within-group included): bounded by construction. */
  pairs: Array<CollaborationPairShare>;
};

/** The links between two groups (or within one). */
export type CollaborationPairShare = {
  __typename?: 'CollaborationPairShare';
  /** One group. */
  a: CollaborationGroup;
  /** The other (the same as `a` for links within a group). */
  b: CollaborationGroup;
  /** Linked pairs between them. */
  links: Scalars['Int']['output'];
  /** links / all links; null without links. The pairs' shares add up to 1. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** One of the shortest chains of collaborations between two organisations (a distinct sequence of organisations). */
export type CollaborationPath = {
  __typename?: 'CollaborationPath';
  /** Number of hops (links) from the start to the end. */
  length: Scalars['Int']['output'];
  /** The organisations in order, from `from` to `to`. At most 7: maxHops + 1, and maxHops is at most 6. */
  organizations: Array<Organization>;
  /**
   * The hops in order, each oriented along the path, with the evidence of every link between its two organisations. At
   * most 6: maxHops, at most 6.
   */
  steps: Array<PathStep>;
};

/** A Louvain community. */
export type Community = {
  __typename?: 'Community';
  /** The hub most members are located in (null: none has a hub). */
  dominantHub?: Maybe<DominantValue>;
  /** The most common kind. */
  dominantKind?: Maybe<DominantValue>;
  /** The most common sector (null: none has a sector). */
  dominantSector?: Maybe<DominantValue>;
  /** Linked pairs from a member to someone outside. */
  externalLinks: Scalars['Int']['output'];
  /** Number of the community: 0 is the largest (ties: the one holding the smallest id). */
  id: Scalars['Int']['output'];
  /** Linked pairs inside the community. */
  internalLinks: Scalars['Int']['output'];
  /** The members' ids, sorted. */
  memberIds: Array<Scalars['ID']['output']>;
  /** The members. */
  members: Array<Organization>;
  /** Members. */
  size: Scalars['Int']['output'];
};


/** A Louvain community. */
export type CommunityMemberIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Louvain community. */
export type CommunityMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Louvain communities of a network (seeded, unweighted: the same data always splits the same way). */
export type CommunityPartition = {
  __typename?: 'CommunityPartition';
  /** The date the network was taken at; null: every link recorded. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Those communities, largest first. */
  communities: Array<Community>;
  /** Communities of at least `minSize` organisations. */
  count: Scalars['Int']['output'];
  /** Modularity of the partition; null without links. */
  modularity?: Maybe<Scalars['Float']['output']>;
};


/** Louvain communities of a network (seeded, unweighted: the same data always splits the same way). */
export type CommunityPartitionCommunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new API key with its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key's record. */
  key: ApiKey;
  /** The whole key to send as `Authorization: Bearer …`. Shown only here, once: it cannot be read again. */
  token: Scalars['String']['output'];
};

/** The links between two groups (or within one, on the diagonal) and their density. */
export type DensityCell = {
  __typename?: 'DensityCell';
  /** Index of the second group (the same as `row` on the diagonal). */
  column: Scalars['Int']['output'];
  /** Key of the second group. */
  columnKey?: Maybe<Scalars['ID']['output']>;
  /** links / possible; null when no pair is possible. */
  density?: Maybe<Scalars['Float']['output']>;
  /** Linked pairs of organisations between the two groups (within the group on the diagonal). */
  links: Scalars['Int']['output'];
  /** Possible pairs: size × size' between groups, size(size−1)/2 within one. */
  possible: Scalars['Float']['output'];
  /** Index of the first group (row ≤ column). */
  row: Scalars['Int']['output'];
  /** Key of the first group (null: the group without one). */
  rowKey?: Maybe<Scalars['ID']['output']>;
};

/** One group of the density matrix. */
export type DensityGroup = {
  __typename?: 'DensityGroup';
  /** Position of the group in `groups` (what cells' `row` and `column` refer to). */
  index: Scalars['Int']['output'];
  /** Hub id, kind or sector id; null for the organisations without one (no hub, no sector). */
  key?: Maybe<Scalars['ID']['output']>;
  /** Korean name of the group. */
  name: Scalars['String']['output'];
  /** English name of the group. */
  nameEn: Scalars['String']['output'];
  /** Organisations in the group. */
  size: Scalars['Int']['output'];
};

/** What the density matrix groups organisations by. */
export type DensityGrouping =
  /** Their hub (거점). */
  | 'HUB'
  /** Their kind (유형). */
  | 'ORG_KIND'
  /** Their sector (분야). */
  | 'SECTOR';

/** Density within and between groups of organisations. */
export type DensityMatrix = {
  __typename?: 'DensityMatrix';
  /** The date the network was taken at; null: every link recorded. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** What the groups are. */
  by: DensityGrouping;
  /** One cell per unordered pair of groups, the diagonal included (row ≤ column). */
  cells: Array<DensityCell>;
  /** The groups that have organisations in the network, sorted by key (the group without a key last). */
  groups: Array<DensityGroup>;
};


/** Density within and between groups of organisations. */
export type DensityMatrixCellsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Density within and between groups of organisations. */
export type DensityMatrixGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The most common value among a community's members. */
export type DominantValue = {
  __typename?: 'DominantValue';
  /** Members with this value. */
  count: Scalars['Int']['output'];
  /** Hub id, kind or sector id. */
  key: Scalars['String']['output'];
  /** Korean name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** count / members. */
  share: Scalars['Float']['output'];
};

/**
 * The closed set of codes an error of this API carries in `errors[].extensions.code` (every other failure is
 * masked as INTERNAL_SERVER_ERROR). The only list of them: the server reads its codes from here
 * (graph-api/src/errors/app-errors.ts) and clients get them as generated types.
 */
export type ErrorCode =
  /** An argument is wrong; `extensions.argument` names it. Nothing was changed. */
  | 'BAD_USER_INPUT'
  /** The request contradicts data that exists (e.g. an id already used for something else). */
  | 'CONFLICT'
  /** The database cannot be reached right now; try again shortly (HTTP 503). */
  | 'DATABASE_UNAVAILABLE'
  /** The caller is known but its role may not do this. */
  | 'FORBIDDEN'
  /** Anything else: the server failed; the message says no more (details are in the server's log). */
  | 'INTERNAL_SERVER_ERROR'
  /** An id names nothing; `extensions.argument` names the argument that carried it, `extensions.id` the id. */
  | 'NOT_FOUND'
  /** The upload is larger than the server accepts (HTTP 413; `extensions.maxBytes`). Nothing was read or written. */
  | 'PAYLOAD_TOO_LARGE'
  /** The query asks for too much at once (depth, aliases, tokens or cost); ask for less. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests from this caller; try again later (HTTP 429). */
  | 'RATE_LIMITED'
  /**
   * The answer would be larger than the caller's role may receive (`extensions.maxBytes`); nothing of it was sent. Ask
   * for fewer objects or fields.
   */
  | 'RESPONSE_TOO_LARGE'
  /**
   * The server is too busy for this request right now (the analytics queue or the execution queue is full, or the
   * request waited too long for its turn); HTTP 503 with `Retry-After` and `extensions.retryAfter` (seconds).
   */
  | 'SERVICE_BUSY'
  /** The request needs an API key (or the key given is unknown or revoked). */
  | 'UNAUTHENTICATED';

/** A meeting of the cluster: a tech exchange meeting, workshop, policy roundtable, forum and the like. */
export type Event = {
  __typename?: 'Event';
  /** When it took place (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** The hub it was held at, if any. */
  hub?: Maybe<Hub>;
  /** Stable identifier, e.g. EVT-20250710-BIO-SALON. */
  id: Scalars['ID']['output'];
  /** Korean name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** The organisations that took part, with their roles (hosts, then speakers, then participants). */
  participants: Array<Attendance>;
  /** The programme it was held under, if any. */
  program?: Maybe<Program>;
  /** Where the facts about it come from. */
  source: Scalars['String']['output'];
  /** True when the event is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
  /** What kind of meeting it is. */
  type: EventType;
};


/** A meeting of the cluster: a tech exchange meeting, workshop, policy roundtable, forum and the like. */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A collaboration drawn as an edge (undirected in meaning). */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Collaboration id. */
  id: Scalars['ID']['output'];
  /** Kind of collaboration. */
  kind: LinkKind;
  /** When it began (YYYY-MM-DD). */
  since?: Maybe<Scalars['String']['output']>;
  /** One organisation's id (the one recorded first). */
  source: Scalars['ID']['output'];
  /** The other organisation's id. */
  target: Scalars['ID']['output'];
  /** Short description (Korean), if any. */
  title?: Maybe<Scalars['String']['output']>;
  /** When it ended (YYYY-MM-DD), if it has. */
  until?: Maybe<Scalars['String']['output']>;
  /** Strength of the link (1 by default). */
  weight: Scalars['Float']['output'];
};

/** An organisation drawn as a node. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Number of its links in the filtered network (also those to organisations not in this payload). */
  degree: Scalars['Int']['output'];
  /** Hops from the centre of a neighbourhood (0 for the centre itself); null in `graph`. */
  distance?: Maybe<Scalars['Int']['output']>;
  /** Hub id, if any. */
  hub?: Maybe<Scalars['ID']['output']>;
  /** Organisation id. */
  id: Scalars['ID']['output'];
  /** Kind of organisation (drives shape and colour). */
  kind: OrgKind;
  /** Korean name. */
  label: Scalars['String']['output'];
  /** English name. */
  labelEn: Scalars['String']['output'];
  /** Sector id (a capability of level SECTOR), if known. */
  sector?: Maybe<Scalars['ID']['output']>;
  /** True for invented sample organisations. */
  synthetic: Scalars['Boolean']['output'];
};

/** A graph that Cytoscape.js draws as is: organisations as nodes, collaborations as edges. */
export type GraphPayload = {
  __typename?: 'GraphPayload';
  /** The collaboration links among those organisations (each link once). */
  edges: Array<GraphEdge>;
  /** The organisations. */
  nodes: Array<GraphNode>;
  /** True when the graph was cut at `limit`: more organisations match than were returned. */
  truncated: Scalars['Boolean']['output'];
};


/** A graph that Cytoscape.js draws as is: organisations as nodes, collaborations as edges. */
export type GraphPayloadEdgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One of the three network hubs of the cluster (배곧, 정왕, 시흥스마트허브). */
export type Hub = {
  __typename?: 'Hub';
  /** The events held at it, newest first. */
  events: Array<Event>;
  /** Stable identifier, e.g. HUB-BAEGOT. */
  id: Scalars['ID']['output'];
  /** Latitude of the hub's centre (WGS 84). */
  lat?: Maybe<Scalars['Float']['output']>;
  /** Longitude of the hub's centre (WGS 84). */
  lng?: Maybe<Scalars['Float']['output']>;
  /** Korean name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** How many organisations are located in it. */
  organizationCount: Scalars['Int']['output'];
  /** The organisations located in it, by Korean name. */
  organizations: Array<Organization>;
  /** The hub's role in the cluster, in Korean. */
  role?: Maybe<Scalars['String']['output']>;
  /** The hub's role in the cluster, in English. */
  roleEn?: Maybe<Scalars['String']['output']>;
  /** Where the facts about it come from. */
  source: Scalars['String']['output'];
  /** True when the hub is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
};


/** One of the three network hubs of the cluster (배곧, 정왕, 시흥스마트허브). */
export type HubEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of the three network hubs of the cluster (배곧, 정왕, 시흥스마트허브). */
export type HubOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What an import did (or would do) to one dataset type. */
export type ImportCount = {
  __typename?: 'ImportCount';
  /** New nodes or links. */
  created: Scalars['Int']['output'];
  /** Rows of this type in the upload. */
  rows: Scalars['Int']['output'];
  /** The dataset type (hubs, organizations, collaborations, …). */
  type: Scalars['String']['output'];
  /** Existing ones already holding this content. */
  unchanged: Scalars['Int']['output'];
  /** Existing ones whose content changed. */
  updated: Scalars['Int']['output'];
};

/** One table of an upload: a CSV file or a workbook sheet. */
export type ImportFile = {
  __typename?: 'ImportFile';
  /** The text encoding found (utf-8, utf-8 (BOM), cp949, …), or xlsx. */
  encoding: Scalars['String']['output'];
  /** Whether the header was English (en), Korean (ko) or both (mixed). */
  headers: Scalars['String']['output'];
  /** The file name, or `book.xlsx[sheet]`. */
  name: Scalars['String']['output'];
  /** Data rows (the header not counted). */
  rows: Scalars['Int']['output'];
  /** The dataset type it was read as (organizations, collaborations, …). */
  type: Scalars['String']['output'];
};

/** A problem in an uploaded file, located to the cell. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The column header as written in the file; empty for a whole row or file. */
  column: Scalars['String']['output'];
  /** What was expected instead. */
  expected: Scalars['String']['output'];
  /** The file (or `book.xlsx[sheet]`). */
  file: Scalars['String']['output'];
  /** The problem as one line: file:row:column: expected …, got "…". */
  message: Scalars['String']['output'];
  /** The line in the file (the header is 1); 0 for the whole file. */
  row: Scalars['Int']['output'];
  /** The cell as written. */
  value: Scalars['String']['output'];
};

/**
 * What an import found and did. Problems are data, not errors: each names the file, row and column, so
 * staff can fix the spreadsheet and upload it again. When there is any problem, nothing was written.
 */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Per dataset type, what the import did or would do (empty when there are problems). At most 11: one per dataset type. */
  counts: Array<ImportCount>;
  /** True when this was a dry run: the counts say what the import would do; nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  /** How each uploaded table was read. At most 20: at most 20 files per upload. */
  files: Array<ImportFile>;
  /** SHA-256 of the uploaded files' names and bytes: pass it as `confirm` to import exactly the files the dry run checked. */
  fingerprint: Scalars['String']['output'];
  /** Every problem, in file, row and column order (empty when valid). */
  problems: Array<ImportProblem>;
  /** True when the files have no problem. */
  valid: Scalars['Boolean']['output'];
  /** True when the import was written to the database. */
  written: Scalars['Boolean']['output'];
};


/**
 * What an import found and did. Problems are data, not errors: each names the file, row and column, so
 * staff can fix the spreadsheet and upload it again. When there is any problem, nothing was written.
 */
export type ImportReportProblemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation well placed to introduce two others. */
export type Introducer = {
  __typename?: 'Introducer';
  /** The introducer. */
  organization: Organization;
  /** The paths from `from` to `to` that pass through it. At most 3: the introduction paths of the scoring config. */
  paths: Array<CollaborationPath>;
  /** Higher is better placed (0..1). */
  score: Scalars['Float']['output'];
  /** Why, in Korean. */
  text: Scalars['String']['output'];
  /** Why, in English. */
  textEn: Scalars['String']['output'];
};

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

/** A decision of the secretariat about a proposed partner. */
export type MatchDecision =
  /** Both agreed to work together. */
  | 'ACCEPTED'
  /** The organisations were put in touch. */
  | 'CONTACTED'
  /** The candidate was turned down (it ranks lower for this organisation afterwards). */
  | 'DECLINED';

/** One ingredient of a match score. See docs/matching.md for each factor and its weight. */
export type MatchFactor =
  /** What the candidate can do that the organisation needs, and the reverse. */
  | 'CAPABILITY_FIT'
  /** Earlier feedback of the secretariat on this pair (a declined candidate ranks lower). */
  | 'FEEDBACK'
  /** The same hub, or a neighbouring one. */
  | 'HUB_PROXIMITY'
  /** Short introduction paths through existing links. */
  | 'INTRODUCTION'
  /** Kinds that complement each other (company ↔ hospital, company ↔ university, supplier ↔ producer). */
  | 'KIND_COMPLEMENT'
  /** How well connected the candidate is (preferential attachment: well-connected organisations gain partners fastest). */
  | 'POPULARITY'
  /** Events attended and projects joined together. */
  | 'SHARED_ACTIVITY'
  /** Shared partners, weighted as Adamic–Adar / resource allocation over the collaboration graph. */
  | 'STRUCTURAL_SIMILARITY';

/** One factor's weight. */
export type MatchFactorWeight = {
  __typename?: 'MatchFactorWeight';
  /** The factor. */
  factor: MatchFactor;
  /** Its weight; the weights sum to 1. */
  weight: Scalars['Float']['output'];
};

/** Feedback recorded on a proposed partner. */
export type MatchFeedback = {
  __typename?: 'MatchFeedback';
  /** The proposed partner. */
  candidate: Organization;
  /** What was decided. */
  decision: MatchDecision;
  /** A free note, up to 1000 characters. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation the match was for. */
  organization: Organization;
  /** When (ISO 8601 date-time). */
  recordedAt: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** Which candidates `partnerMatches` may propose; every field given must hold (AND). */
export type MatchFilter = {
  /** Leave out organisations already linked with the organisation (as of `asOf`). True by default. */
  excludeExisting?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only candidates located in these hubs (hub ids). */
  hubs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only candidates of these kinds. */
  orgKinds?: InputMaybe<Array<OrgKind>>;
};

/** One piece of evidence for a match. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** Events both attended (SHARED_ACTIVITY). */
  events: Array<Event>;
  /** The factor this reason supports. */
  factor: MatchFactor;
  /** Capabilities the candidate has that the organisation needs (CAPABILITY_FIT). */
  offered: Array<Capability>;
  /** Projects both are members of (SHARED_ACTIVITY). */
  projects: Array<Project>;
  /** The reason in Korean. */
  text: Scalars['String']['output'];
  /** The reason in English. */
  textEn: Scalars['String']['output'];
  /** Shared partners (STRUCTURAL_SIMILARITY, INTRODUCTION). */
  via: Array<Organization>;
  /** Capabilities the organisation has that the candidate needs (CAPABILITY_FIT). */
  wanted: Array<Capability>;
};


/** One piece of evidence for a match. */
export type MatchReasonEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One piece of evidence for a match. */
export type MatchReasonOfferedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One piece of evidence for a match. */
export type MatchReasonProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One piece of evidence for a match. */
export type MatchReasonViaArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One piece of evidence for a match. */
export type MatchReasonWantedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How much one factor contributed to a score. */
export type MatchScorePart = {
  __typename?: 'MatchScorePart';
  /** weight × value: its share of the score. */
  contribution: Scalars['Float']['output'];
  /** The factor. */
  factor: MatchFactor;
  /** Its value for this pair, 0..1. */
  value: Scalars['Float']['output'];
  /** Its weight in the scoring config. */
  weight: Scalars['Float']['output'];
};

/**
 * The weights `partnerMatches` ranks with at a date, and how they were chosen: the network one year earlier is asked
 * to foresee the partnerships formed since, and the weights that did best are used (docs/matching.md, "Calibration").
 */
export type MatchingWeights = {
  __typename?: 'MatchingWeights';
  /** The date the weights are for (YYYY-MM-DD). */
  asOf: Scalars['String']['output'];
  /** The same with the weights returned here. */
  calibratedScore: Scalars['Float']['output'];
  /** Mean reciprocal rank of their new partners in the window with the configured weights (higher is better). */
  configuredScore: Scalars['Float']['output'];
  /** Organisations that gained a new partner in the window. */
  eligibleOrganizations: Scalars['Int']['output'];
  /** The start of the window learnt from: the network as of this date (YYYY-MM-DD; null when off). */
  from?: Maybe<Scalars['String']['output']>;
  /** Learnt, or why the configured weights stayed. */
  outcome: WeightsOutcome;
  /** How many of them were scored (a seeded sample, bounding the cost on a large network). */
  scoredOrganizations: Scalars['Int']['output'];
  /** How STRUCTURAL_SIMILARITY counts shared partners: ADAMIC_ADAR or RESOURCE_ALLOCATION. */
  structuralIndex: Scalars['String']['output'];
  /** The scale s of STRUCTURAL_SIMILARITY = 1 − exp(−index / s). */
  structuralScale: Scalars['Float']['output'];
  /** The end of the window: the partnerships formed after `from` up to this date were to be foreseen. */
  to?: Maybe<Scalars['String']['output']>;
  /** Every factor's weight. At most 8: one per MatchFactor. */
  weights: Array<MatchFactorWeight>;
};

/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a collaboration link. Idempotent: the same two organisations (in either order), kind and
   * start date give one link; repeating the call updates the details it gives (until, weight, title,
   * source) and returns the link.
   */
  addCollaboration: Collaboration;
  /** Makes an API key (admins only). The secret is in the answer, once. */
  createApiKey: CreatedApiKey;
  /** Records that a collaboration link ended (or corrects its end date). */
  endCollaboration: Collaboration;
  /**
   * Imports spreadsheets uploaded by secretariat staff, as `pnpm data import` does: validated whole against
   * each other and the database, then written in one transaction (all or nothing). First call it with
   * `dryRun: true` to see the report, then again with `dryRun: false` and the report's `fingerprint` as
   * `confirm`. At most 20 files and 100,000 rows per upload; larger imports use the data CLI.
   */
  importData: ImportReport;
  /** Records that an organisation took part in an event, with its role (a second call changes the role). */
  recordAttendance: Attendance;
  /**
   * Records the secretariat's decision about a proposed partner (who and when are recorded); shown with the candidate next
   * time.
   */
  recordMatchFeedback: MatchFeedback;
  /**
   * Revokes an API key at once (admins only): the next request with it gets UNAUTHENTICATED. Revoking twice keeps the
   * first time.
   */
  revokeApiKey: ApiKey;
  /** Replaces what an organisation can do: afterwards it has exactly these capabilities. */
  setCapabilities: Organization;
  /** Replaces what an organisation needs (its demand-survey answers): afterwards it needs exactly these. */
  setNeeds: Organization;
  /** Creates an organisation, or updates the one with this id: fields left out keep their value, null clears them. */
  upsertOrganization: Organization;
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationAddCollaborationArgs = {
  input: CollaborationInput;
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationEndCollaborationArgs = {
  id: Scalars['ID']['input'];
  until: Scalars['String']['input'];
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationImportDataArgs = {
  confirm?: InputMaybe<Scalars['String']['input']>;
  dryRun: Scalars['Boolean']['input'];
  files: Array<Scalars['File']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationRecordAttendanceArgs = {
  eventId: Scalars['ID']['input'];
  orgId: Scalars['ID']['input'];
  role: AttendanceRole;
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationRecordMatchFeedbackArgs = {
  candidateId: Scalars['ID']['input'];
  decision: MatchDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  orgId: Scalars['ID']['input'];
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationSetCapabilitiesArgs = {
  capabilityIds: Array<Scalars['ID']['input']>;
  orgId: Scalars['ID']['input'];
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationSetNeedsArgs = {
  needs: Array<NeedInput>;
  orgId: Scalars['ID']['input'];
};


/**
 * Writes that keep the data current. Every write is validated first (bad input changes nothing), records
 * who made it and when (`updatedBy`, `updatedAt`) and returns the changed object.
 */
export type MutationUpsertOrganizationArgs = {
  input: OrganizationInput;
};

/** An organisation's need for a capability, from the demand survey (수요조사). */
export type Need = {
  __typename?: 'Need';
  /** What it needs. */
  capability: Capability;
  /** The organisation that needs it. */
  organization: Organization;
  /** 1 (most urgent) to 3. */
  priority: Scalars['Int']['output'];
  /** Where the need was recorded. */
  source: Scalars['String']['output'];
  /** True when the need is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
};

/** A capability an organisation needs, with its priority. */
export type NeedInput = {
  /** The capability's id. */
  capabilityId: Scalars['ID']['input'];
  /** 1 (most urgent) to 3. */
  priority: Scalars['Int']['input'];
};

/**
 * Which part of the collaboration network to take. Every field given must hold (AND); a field left out means
 * "any". Organisations that fail the filter are left out together with their links.
 */
export type NetworkFilter = {
  /** The network as it stood on this date (YYYY-MM-DD): only links with since ≤ asOf and (no until, or until ≥ asOf). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations located in these hubs (hub ids, e.g. HUB-BAEGOT). */
  hubs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only links of these kinds. */
  linkKinds?: InputMaybe<Array<LinkKind>>;
  /** Only organisations of these kinds. */
  orgKinds?: InputMaybe<Array<OrgKind>>;
  /** Only organisations of these sectors (ids of capabilities of level SECTOR, e.g. SEC-CDMO). */
  sectors?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * Headline statistics of a network. Unweighted: a pair of organisations is linked or not, however many links (of
 * whatever kinds and weights) join them. See docs/analytics.md for each definition and the library behind it.
 */
export type NetworkStats = {
  __typename?: 'NetworkStats';
  /** The date the network was taken at (YYYY-MM-DD); null: every link recorded, whatever its dates. */
  asOf?: Maybe<Scalars['String']['output']>;
  /**
   * Mean local clustering coefficient over all organisations (0 for those with fewer than two partners), as networkx's
   * average_clustering.
   */
  averageClustering: Scalars['Float']['output'];
  /** Mean number of partners per organisation, 2·links / organisations. */
  averageDegree: Scalars['Float']['output'];
  /**
   * Mean hops between two organisations of the largest component; null when it has fewer than two. Estimated when
   * `pathsExact` is false.
   */
  averageShortestPath?: Maybe<Scalars['Float']['output']>;
  /** Louvain communities of at least two organisations. */
  communities: Scalars['Int']['output'];
  /** Connected components (an isolated organisation is one). */
  components: Scalars['Int']['output'];
  /** Links / possible pairs, n(n−1)/2; null with fewer than two organisations. */
  density?: Maybe<Scalars['Float']['output']>;
  /** Longest shortest path (hops) in the largest component; a lower bound when `pathsExact` is false. */
  diameter?: Maybe<Scalars['Int']['output']>;
  /** Organisations without any link. */
  isolates: Scalars['Int']['output'];
  /** Share of the organisations in the largest component; null for an empty network. */
  largestComponentShare?: Maybe<Scalars['Float']['output']>;
  /** Organisations in the largest component. */
  largestComponentSize: Scalars['Int']['output'];
  /** Linked pairs of organisations (several links between one pair count once). */
  links: Scalars['Int']['output'];
  /** Modularity of the Louvain partition (seeded: the same data gives the same value); null without links. */
  modularity?: Maybe<Scalars['Float']['output']>;
  /**
   * Organisations in the network (as of a date: those founded by then, or of unknown founding year, and every organisation
   * a running link touches).
   */
  organizations: Scalars['Int']['output'];
  /** How many breadth-first sources the path figures used. */
  pathSources: Scalars['Int']['output'];
  /**
   * True when every organisation of the largest component was a breadth-first source; false when the path figures are
   * sampled.
   */
  pathsExact: Scalars['Boolean']['output'];
  /** Global clustering: 3 × triangles / connected triples. */
  transitivity: Scalars['Float']['output'];
};

/** after − before for each statistic (null when either side has none). */
export type NetworkStatsDelta = {
  __typename?: 'NetworkStatsDelta';
  /** Change in average clustering. */
  averageClustering: Scalars['Float']['output'];
  /** Change in average degree. */
  averageDegree: Scalars['Float']['output'];
  /** Change in average shortest path (of the largest component, which may itself change). */
  averageShortestPath?: Maybe<Scalars['Float']['output']>;
  /** Change in communities. */
  communities: Scalars['Int']['output'];
  /** Change in components (negative: components joined). */
  components: Scalars['Int']['output'];
  /** Change in density. */
  density?: Maybe<Scalars['Float']['output']>;
  /** Change in diameter. */
  diameter?: Maybe<Scalars['Int']['output']>;
  /** Change in isolates. */
  isolates: Scalars['Int']['output'];
  /** Change in the largest component's share. */
  largestComponentShare?: Maybe<Scalars['Float']['output']>;
  /** Change in the largest component's size. */
  largestComponentSize: Scalars['Int']['output'];
  /** Change in linked pairs. */
  links: Scalars['Int']['output'];
  /** Change in modularity. */
  modularity?: Maybe<Scalars['Float']['output']>;
  /** Change in organisations (always 0: proposed links join organisations already in the network). */
  organizations: Scalars['Int']['output'];
  /** Change in transitivity. */
  transitivity: Scalars['Float']['output'];
};

/** The network's statistics over time. */
export type NetworkTrend = {
  __typename?: 'NetworkTrend';
  /** The periods that overlap from–to, oldest first. At most 80: networkTrend covers at most 80 periods. */
  periods: Array<TrendPeriod>;
  /** The length of the periods. */
  step: TrendStep;
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

/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type Organization = {
  __typename?: 'Organization';
  /** Other names and abbreviations, Korean and English. */
  aliases: Array<Scalars['String']['output']>;
  /** What it can do (its capabilities), by Korean name. */
  capabilities: Array<Capability>;
  /** Its collaboration links (either direction), oldest first. */
  collaborations: Array<Collaboration>;
  /** Number of collaboration links it has, in either direction, whatever their dates. */
  degree: Scalars['Int']['output'];
  /** Description in Korean. */
  description?: Maybe<Scalars['String']['output']>;
  /** Description in English. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** Number of employees. */
  employees?: Maybe<Scalars['Int']['output']>;
  /** The events it took part in, with its role, newest first. */
  events: Array<Attendance>;
  /** Year founded. */
  founded?: Maybe<Scalars['Int']['output']>;
  /** The hub it is located in, if any. */
  hub?: Maybe<Hub>;
  /** Stable identifier, e.g. ORG-SNU-SIHEUNG or SYN-CO-001. */
  id: Scalars['ID']['output'];
  /** When a data import last changed it (ISO date-time), if one did. */
  importedAt?: Maybe<Scalars['String']['output']>;
  /** What kind of organisation this is. */
  kind: OrgKind;
  /** Korean name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** What it needs (from the demand survey), most urgent first. */
  needs: Array<Need>;
  /** The organisations it is linked with, one entry per partner with the kinds and years of the links, most links first. */
  partners: Array<Partner>;
  /** The R&D projects it is a member of, with its role, newest first. */
  projects: Array<ProjectMembership>;
  /** Sector (a capability id of level SECTOR), if known. */
  sector?: Maybe<Scalars['ID']['output']>;
  /** Where the facts about it come from. */
  source: Scalars['String']['output'];
  /** Whether it operates already or is planned. */
  status: OrgStatus;
  /** True when the organisation is invented for the sample dataset (never a real company). */
  synthetic: Scalars['Boolean']['output'];
  /** When an API write last changed it (ISO date-time), if one did. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** Who made the last API write ('anonymous' until sign-in exists). */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Website address. */
  website?: Maybe<Scalars['String']['output']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationAliasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationCapabilitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationCollaborationsArgs = {
  filter?: InputMaybe<CollaborationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationNeedsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationPartnersArgs = {
  filter?: InputMaybe<CollaborationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation of the cluster: a company, university, hospital, institute, agency or support body. */
export type OrganizationProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations (Relay connection). */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organisations of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many organisations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor; pass it as `after` to get the next page. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organization;
};

/** Which organisations `organizations` returns; every field given must hold (AND), any value of a list may match (OR). */
export type OrganizationFilter = {
  /**
   * Only organisations with one of these capabilities or a narrower one (capability ids; a sector id covers its
   * capabilities).
   */
  capabilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only organisations founded in or after this year. */
  foundedFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only organisations founded in or before this year. */
  foundedTo?: InputMaybe<Scalars['Int']['input']>;
  /** Only organisations located in these hubs (hub ids). */
  hubs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrgKind>>;
  /** Only organisations that need one of these capabilities or a narrower one (capability ids). */
  needs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only invented sample organisations (true) or only real ones (false). */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The fields of an organisation to create or update. */
export type OrganizationInput = {
  /** Other names and abbreviations (at most 30, each up to 100 characters). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description in Korean, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Description in English, up to 2000 characters. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Number of employees (0 or more). */
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** Year founded (1800 to next year). */
  founded?: InputMaybe<Scalars['Int']['input']>;
  /** The id of the hub it is located in; null removes it from its hub. */
  hub?: InputMaybe<Scalars['ID']['input']>;
  /** Its id (letters, digits, '-' and '_', up to 100 characters); a new one is made when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of organisation (required when creating). */
  kind?: InputMaybe<OrgKind>;
  /** Korean name, up to 200 characters (required when creating). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** English name, up to 200 characters (required when creating). */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Its sector: the id of a capability of level SECTOR. */
  sector?: InputMaybe<Scalars['ID']['input']>;
  /** Where the facts come from, e.g. a press article or survey (up to 200 characters; 'api' when absent). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE (the default) or PLANNED. */
  status?: InputMaybe<OrgStatus>;
  /** True only for invented test or demo data (false when creating without it). */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Website address (http or https). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** How `organizations` is ordered. */
export type OrganizationOrder = {
  /** Ascending or descending; organisations without a value come last either way. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: OrganizationOrderField;
};

/** Sort keys of organisations. */
export type OrganizationOrderField =
  /** Number of collaboration links. */
  | 'DEGREE'
  /** Number of employees. */
  | 'EMPLOYEES'
  /** Year founded. */
  | 'FOUNDED'
  /** Korean name (가나다 order). */
  | 'NAME'
  /** English name, case-insensitive. */
  | 'NAME_EN';

/** Paging information of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Another organisation linked to this one, with a summary of the links between them. */
export type Partner = {
  __typename?: 'Partner';
  /** The kinds of the links between the two, each once, in alphabetical order. At most 12: one per LinkKind. */
  kinds: Array<LinkKind>;
  /** The links themselves, oldest first. */
  links: Array<Collaboration>;
  /** The partner organisation. */
  organization: Organization;
  /** When the first link began (YYYY-MM-DD). */
  since: Scalars['String']['output'];
  /** Sum of the links' weights. */
  weight: Scalars['Float']['output'];
  /**
   * The calendar years in which at least one of the links was running (up to this year), ascending. At most 301:
   * calendar years of dates from 1800 to 2100.
   */
  years: Array<Scalars['Int']['output']>;
};


/** Another organisation linked to this one, with a summary of the links between them. */
export type PartnerLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A proposed partner, ranked, with the evidence. */
export type PartnerMatch = {
  __typename?: 'PartnerMatch';
  /** The proposed partner. */
  candidate: Organization;
  /** One sentence in Korean built from the reasons. */
  explanation: Scalars['String']['output'];
  /** The same sentence in English. */
  explanationEn: Scalars['String']['output'];
  /** The latest feedback recorded for this pair, if any. */
  feedback?: Maybe<MatchFeedback>;
  /**
   * The shortest chains of existing links from the organisation to the candidate (at most 3), each link with its evidence.
   * At most 3: the introduction paths of the scoring config.
   */
  introductionPaths: Array<CollaborationPath>;
  /** 1 for the best candidate. */
  rank: Scalars['Int']['output'];
  /** The evidence, strongest first (at least one). At most 10: one per kind of evidence. */
  reasons: Array<MatchReason>;
  /** Overall score, 0..1 (the sum of the parts' contributions). */
  score: Scalars['Float']['output'];
  /** The score's parts, one per factor. At most 8: one per MatchFactor. */
  scoreParts: Array<MatchScorePart>;
};

/** One hop of a collaboration path. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The organisation this hop starts from (nearer to the path's start). */
  from: Organization;
  /** Every link between the two that satisfies the path's filters (at least one), oldest first. */
  links: Array<Collaboration>;
  /** The organisation this hop leads to. */
  to: Organization;
};


/** One hop of a collaboration path. */
export type PathStepLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A programme of the Siheung bio-ecosystem project: one of its areas or a sub-project within an area. */
export type Program = {
  __typename?: 'Program';
  /** The sub-projects of this area, by id. */
  children: Array<Program>;
  /** Description in Korean. */
  description?: Maybe<Scalars['String']['output']>;
  /** Description in English. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** The events held under this programme, newest first. */
  events: Array<Event>;
  /** Stable identifier, e.g. PRG-STRATEGY. */
  id: Scalars['ID']['output'];
  /** Korean name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** The area this sub-project belongs to, or null for an area. */
  parent?: Maybe<Program>;
  /** Where the facts about it come from. */
  source: Scalars['String']['output'];
  /** True when the programme is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
};


/** A programme of the Siheung bio-ecosystem project: one of its areas or a sub-project within an area. */
export type ProgramChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme of the Siheung bio-ecosystem project: one of its areas or a sub-project within an area. */
export type ProgramEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A funded R&D project and the organisations in it. */
export type Project = {
  __typename?: 'Project';
  /** Its budget in millions of Korean won (백만원), if known. */
  budgetMillionKrw?: Maybe<Scalars['Float']['output']>;
  /** The year it ends, if known. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Who funds it, e.g. 경기도 or 산업통상자원부. */
  funder: Scalars['String']['output'];
  /** Stable identifier, e.g. SYN-PRJ-001. */
  id: Scalars['ID']['output'];
  /** The member organisations with their roles (the lead first). */
  members: Array<ProjectMembership>;
  /** Where the facts about it come from. */
  source: Scalars['String']['output'];
  /** The year it starts. */
  startYear: Scalars['Int']['output'];
  /** True when the project is invented for the sample dataset. */
  synthetic: Scalars['Boolean']['output'];
  /** Title in Korean. */
  title: Scalars['String']['output'];
  /** Title in English. */
  titleEn: Scalars['String']['output'];
};


/** A funded R&D project and the organisations in it. */
export type ProjectMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation's membership of a project. */
export type ProjectMembership = {
  __typename?: 'ProjectMembership';
  /** The organisation. */
  organization: Organization;
  /** The project. */
  project: Project;
  /** Its role in the project. */
  role: ProjectRole;
  /** Where the membership was recorded. */
  source: Scalars['String']['output'];
};

/** Roles in a project. */
export type ProjectRole =
  /** The lead organisation (주관기관). */
  | 'LEAD'
  /** A partner organisation (참여기관). */
  | 'PARTNER';

/** A link to imagine: two organisations of the scope. */
export type ProposedLink = {
  /** One organisation's id. */
  from: Scalars['ID']['input'];
  /** The other organisation's id. */
  to: Scalars['ID']['input'];
};

/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type Query = {
  __typename?: 'Query';
  /** Every API key, newest first (admins only). */
  apiKeys: Array<ApiKey>;
  /** The audit log, newest first (admins only): every write with who, when, what, and the entity before and after. */
  auditLog: AuditEntryConnection;
  /** Organisations that bridge hubs or kinds (high betweenness, links across groups), each with the reasons why. */
  brokers: BrokerRanking;
  /** The capability taxonomy, sectors first, then by Korean name. */
  capabilities: Array<Capability>;
  /** One capability by id; NOT_FOUND when no capability has this id. */
  capability: Capability;
  /** Organisations ranked by a centrality; the answer says whether it is exact or estimated from pivots. */
  centrality: CentralityRanking;
  /** One collaboration link by id; NOT_FOUND when no link has this id. */
  collaboration: Collaboration;
  /** The share of links between industry, academia, hospitals and government/support (the 산학연병 balance). */
  collaborationMix: CollaborationMix;
  /**
   * The k shortest chains of collaborations from one organisation to another (distinct sequences of organisations,
   * shortest first, each at most `maxHops` long), with the evidence of every link. Empty when there is none.
   */
  collaborationPaths: Array<CollaborationPath>;
  /** Louvain communities (seeded, so repeatable) with their members and dominant hub, kind and sector. */
  communities: CommunityPartition;
  /** Links and density within and between groups (hubs, kinds or sectors) of the scoped network. */
  densityMatrix: DensityMatrix;
  /** One event by id; NOT_FOUND when no event has this id. */
  event: Event;
  /** Events, oldest first, optionally within a date range (both ends included). */
  events: Array<Event>;
  /** The collaboration network, filtered and bounded: the best-connected organisations first. */
  graph: GraphPayload;
  /** One hub by id; NOT_FOUND when no hub has this id. */
  hub: Hub;
  /** The hubs of the cluster, by id. */
  hubs: Array<Hub>;
  /** The organisations best placed to introduce `from` to `to`, with the paths through each. */
  introducers: Array<Introducer>;
  /** The weights `partnerMatches` ranks with on a date (today when none is given), and how they were learnt. */
  matchingWeights: MatchingWeights;
  /**
   * An organisation and the organisations around it up to `depth` hops, in the filtered network, as a graph
   * payload. Nearest first: when more organisations lie within `depth` than `limit` allows, the farthest are left
   * out and `truncated` is true. Within a ring, those with more links to the ring inside come first.
   */
  neighborhood: GraphPayload;
  /** Headline statistics of the scoped network (cached; recomputed after any write). */
  networkStats: NetworkStats;
  /**
   * The scoped network's statistics per calendar year or quarter from `from` to `to` (each taken at the period's last
   * day), with what changed between periods: new and ended links, new organisations, density change.
   */
  networkTrend: NetworkTrend;
  /** A liveness probe for clients: always true when the API answers. */
  ok: Scalars['Boolean']['output'];
  /** One organisation by id; NOT_FOUND when no organisation has this id. */
  organization: Organization;
  /**
   * Organisations matching a filter and a search text, ordered (by Korean name unless `orderBy` says otherwise), a page at
   * a time.
   */
  organizations: OrganizationConnection;
  /**
   * Who this organisation should meet: ranked candidates with a score, its parts, the reasons, a one-sentence
   * explanation and the introduction paths. Each of its needs of priority 1–2 has a candidate offering it in the first
   * five whenever one exists; the scores order the rest (docs/matching.md, "Needs first"). NOT_FOUND for an unknown
   * organisation.
   */
  partnerMatches: Array<PartnerMatch>;
  /** One programme by id; NOT_FOUND when no programme has this id. */
  program: Program;
  /** All programmes (areas and sub-projects), by id. */
  programs: Array<Program>;
  /** One project by id; NOT_FOUND when no project has this id. */
  project: Project;
  /** R&D projects, newest first, optionally only those running in a year. */
  projects: Array<Project>;
  /**
   * Organisations, capabilities and hubs by Korean or English name, alias, part of one, Korean initial consonants
   * (초성: ㅅㅇㄷ → 서울대) or romanisation (baegot → 배곧), tolerant of small English typos; best first.
   */
  search: Array<SearchResult>;
  /** Who the API takes the caller to be (anyone may ask): a client reads its role here instead of guessing from errors. */
  viewer: Viewer;
  /**
   * The scoped network's statistics as if these links existed, with the differences — to judge brokered matches before
   * they are made. Both ends of each link must be organisations of the scope (and of the network as of `asOf`).
   */
  whatIf: WhatIf;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryApiKeysArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryAuditLogArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryBrokersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AnalyticsScope>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCapabilitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<CapabilityLevel>;
  sector?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCapabilityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCentralityArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  metric: CentralityMetric;
  scope?: InputMaybe<AnalyticsScope>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCollaborationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCollaborationMixArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AnalyticsScope>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCollaborationPathsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  linkKinds?: InputMaybe<Array<LinkKind>>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryCommunitiesArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<AnalyticsScope>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryDensityMatrixArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  by: DensityGrouping;
  scope?: InputMaybe<AnalyticsScope>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryGraphArgs = {
  filter?: InputMaybe<NetworkFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryHubArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryHubsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryIntroducersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryMatchingWeightsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryNetworkStatsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<AnalyticsScope>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryNetworkTrendArgs = {
  from: Scalars['String']['input'];
  scope?: InputMaybe<AnalyticsScope>;
  step?: InputMaybe<TrendStep>;
  to: Scalars['String']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryPartnerMatchesArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MatchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  need?: InputMaybe<Scalars['ID']['input']>;
  orgId: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchResultKind>>;
  text: Scalars['String']['input'];
};


/**
 * The Siheung bio-cluster knowledge graph: organisations of the Siheung (Korea) bio industry, their
 * hubs, capabilities and collaborations. Names are stored in Korean (`name`) and English (`nameEn`).
 */
export type QueryWhatIfArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  links: Array<ProposedLink>;
  scope?: InputMaybe<AnalyticsScope>;
};

/** What a caller may do (docs/authorization.md): each role may do everything the roles before it may. */
export type Role =
  /** Everything, plus API keys and the audit log. */
  | 'ADMIN'
  /** No API key: read-only, without private fields. */
  | 'PUBLIC'
  /** Full read, exports and introspection. */
  | 'RESEARCHER'
  /** Edits data, imports, records match feedback and sees private fields (survey needs, contact notes). */
  | 'STAFF';

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

/** Something a search finds. */
export type SearchNode = Capability | Hub | Organization;

/** One search result: what was found, how it matched and how well. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Its id. */
  id: Scalars['ID']['output'];
  /** What kind of thing it is. */
  kind: SearchResultKind;
  /** How it matched. */
  match: SearchMatch;
  /** The name or alias that matched, as stored (null for FUZZY matches). */
  matchedText?: Maybe<Scalars['String']['output']>;
  /** Its Korean name. */
  name: Scalars['String']['output'];
  /** Its English name. */
  nameEn: Scalars['String']['output'];
  /** The organisation, capability or hub itself. */
  node: SearchNode;
  /** Relevance, higher is better: EXACT 110, PREFIX 70–90, CHOSEONG 50–70, PARTIAL 50–60, FUZZY 20–40. */
  score: Scalars['Float']['output'];
};

/** What kind of thing a search result is. */
export type SearchResultKind =
  /** A capability or sector of the taxonomy (역량·분야). */
  | 'CAPABILITY'
  /** A hub of the cluster (거점). */
  | 'HUB'
  /** An organisation (기관·기업). */
  | 'ORGANIZATION';

/** Sort direction. */
export type SortDirection =
  /** Smallest first (A→Z, 가→하, oldest first). */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** What changed from the previous period's end to this period's end (the first period: from the day before it starts). */
export type TrendChange = {
  __typename?: 'TrendChange';
  /** Change in density; null when either period has fewer than two organisations. */
  densityDelta?: Maybe<Scalars['Float']['output']>;
  /** Pairs linked at the previous period's end that no longer are (every link between them ended). */
  endedLinks: Scalars['Int']['output'];
  /** Change in linked pairs (newLinks − endedLinks). */
  linksDelta: Scalars['Int']['output'];
  /** Pairs linked at this period's end that were not at the previous one's. */
  newLinks: Scalars['Int']['output'];
  /** Organisations in the network at this period's end that were not at the previous one's. */
  newOrganizations: Scalars['Int']['output'];
  /** Change in organisations. */
  organizationsDelta: Scalars['Int']['output'];
};

/** One period of a trend: the network at its end, and what changed since the previous one. */
export type TrendPeriod = {
  __typename?: 'TrendPeriod';
  /** The day the network was taken: the period's last day, or `to` when that comes first. */
  asOf: Scalars['String']['output'];
  /** What changed since the previous period. */
  change: TrendChange;
  /** Last day of the calendar period. */
  end: Scalars['String']['output'];
  /** 2024 or 2024-Q3. */
  label: Scalars['String']['output'];
  /** First day of the calendar period (YYYY-MM-DD). */
  start: Scalars['String']['output'];
  /** The network's statistics on that day. */
  stats: NetworkStats;
};

/** The length of a trend's periods. */
export type TrendStep =
  /** Calendar quarters. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** Who the API takes the caller to be: the holder of the API key sent, or the anonymous public caller without one. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API key's name, or `anonymous` without a key. */
  name: Scalars['String']['output'];
  /** What the caller may do: the explorer shows or hides private fields and exports by it. */
  role: Role;
};

/** Where the weights of `partnerMatches` came from at a date. */
export type WeightsOutcome =
  /** Learnt from the network's own last year: the weights that best foresaw the partnerships formed in it. */
  | 'CALIBRATED'
  /** Learnt nothing better than the configured weights, which stay. */
  | 'NO_GAIN'
  /** Calibration is off (MATCHING_WEIGHTS=configured): the configured weights (docs/matching.md). */
  | 'OFF'
  /** Too few organisations gained a partner in the last year to learn from: the configured weights stay. */
  | 'TOO_FEW_NEW_PARTNERSHIPS';

/** The network's statistics as if the proposed links existed. */
export type WhatIf = {
  __typename?: 'WhatIf';
  /** The statistics with the proposed links. */
  after: NetworkStats;
  /** The date the network was taken at; null: every link recorded. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** The statistics now. */
  before: NetworkStats;
  /** after − before. */
  delta: NetworkStatsDelta;
  /** Each proposed link, in the order given. */
  links: Array<WhatIfLink>;
};

/** What one proposed link would do. */
export type WhatIfLink = {
  __typename?: 'WhatIfLink';
  /** The pair is already linked: it changes nothing. */
  alreadyLinked: Scalars['Boolean']['output'];
  /** One organisation's id. */
  from: Scalars['ID']['output'];
  /** The two are in different components today: the link would join them. */
  joinsComponents: Scalars['Boolean']['output'];
  /** The other organisation's id. */
  to: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchNode:
    | ( CapabilityRow )
    | ( HubRow )
    | ( OrganizationRow )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnalyticsScope: AnalyticsScope;
  ApiKey: ResolverTypeWrapper<ApiKey>;
  Attendance: ResolverTypeWrapper<AttendanceRow>;
  AttendanceRole: AttendanceRole;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Broker: ResolverTypeWrapper<BrokerRow>;
  BrokerRanking: ResolverTypeWrapper<Omit<BrokerRanking, 'brokers'> & { brokers: Array<ResolversTypes['Broker']> }>;
  BrokerReason: ResolverTypeWrapper<BrokerReason>;
  BrokerReasonCode: BrokerReasonCode;
  Capability: ResolverTypeWrapper<CapabilityRow>;
  CapabilityLevel: CapabilityLevel;
  CentralityEntry: ResolverTypeWrapper<CentralityEntryRow>;
  CentralityMetric: CentralityMetric;
  CentralityRanking: ResolverTypeWrapper<Omit<CentralityRanking, 'entries'> & { entries: Array<ResolversTypes['CentralityEntry']> }>;
  Collaboration: ResolverTypeWrapper<CollaborationRow>;
  CollaborationFilter: CollaborationFilter;
  CollaborationGroup: CollaborationGroup;
  CollaborationGroupShare: ResolverTypeWrapper<CollaborationGroupShare>;
  CollaborationInput: CollaborationInput;
  CollaborationMix: ResolverTypeWrapper<CollaborationMix>;
  CollaborationPairShare: ResolverTypeWrapper<CollaborationPairShare>;
  CollaborationPath: ResolverTypeWrapper<Omit<CollaborationPath, 'organizations' | 'steps'> & { organizations: Array<ResolversTypes['Organization']>, steps: Array<ResolversTypes['PathStep']> }>;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityPartition: ResolverTypeWrapper<Omit<CommunityPartition, 'communities'> & { communities: Array<ResolversTypes['Community']> }>;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKey>;
  DensityCell: ResolverTypeWrapper<DensityCell>;
  DensityGroup: ResolverTypeWrapper<DensityGroup>;
  DensityGrouping: DensityGrouping;
  DensityMatrix: ResolverTypeWrapper<DensityMatrix>;
  DominantValue: ResolverTypeWrapper<DominantValue>;
  ErrorCode: ErrorCode;
  Event: ResolverTypeWrapper<EventRow>;
  EventType: EventType;
  File: ResolverTypeWrapper<Scalars['File']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphPayload: ResolverTypeWrapper<GraphPayload>;
  Hub: ResolverTypeWrapper<HubRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportCount: ResolverTypeWrapper<ImportCount>;
  ImportFile: ResolverTypeWrapper<ImportFile>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Introducer: ResolverTypeWrapper<IntroducerRow>;
  LinkKind: LinkKind;
  MatchDecision: MatchDecision;
  MatchFactor: MatchFactor;
  MatchFactorWeight: ResolverTypeWrapper<MatchFactorWeight>;
  MatchFeedback: ResolverTypeWrapper<MatchFeedbackRow>;
  MatchFilter: MatchFilter;
  MatchReason: ResolverTypeWrapper<MatchReasonRow>;
  MatchScorePart: ResolverTypeWrapper<MatchScorePart>;
  MatchingWeights: ResolverTypeWrapper<MatchingWeights>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Need: ResolverTypeWrapper<NeedRow>;
  NeedInput: NeedInput;
  NetworkFilter: NetworkFilter;
  NetworkStats: ResolverTypeWrapper<NetworkStats>;
  NetworkStatsDelta: ResolverTypeWrapper<NetworkStatsDelta>;
  NetworkTrend: ResolverTypeWrapper<NetworkTrend>;
  OrgKind: OrgKind;
  OrgStatus: OrgStatus;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerMatch: ResolverTypeWrapper<PartnerMatchRow>;
  PathStep: ResolverTypeWrapper<Omit<PathStep, 'from' | 'links' | 'to'> & { from: ResolversTypes['Organization'], links: Array<ResolversTypes['Collaboration']>, to: ResolversTypes['Organization'] }>;
  Program: ResolverTypeWrapper<ProgramRow>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectMembership: ResolverTypeWrapper<MembershipRow>;
  ProjectRole: ProjectRole;
  ProposedLink: ProposedLink;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  SearchMatch: SearchMatch;
  SearchNode: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchNode']>;
  SearchResult: ResolverTypeWrapper<Omit<SearchResult, 'node'> & { node: ResolversTypes['SearchNode'] }>;
  SearchResultKind: SearchResultKind;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TrendChange: ResolverTypeWrapper<TrendChange>;
  TrendPeriod: ResolverTypeWrapper<TrendPeriod>;
  TrendStep: TrendStep;
  Viewer: ResolverTypeWrapper<Viewer>;
  WeightsOutcome: WeightsOutcome;
  WhatIf: ResolverTypeWrapper<WhatIf>;
  WhatIfLink: ResolverTypeWrapper<WhatIfLink>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalyticsScope: AnalyticsScope;
  ApiKey: ApiKey;
  Attendance: AttendanceRow;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  Boolean: Scalars['Boolean']['output'];
  Broker: BrokerRow;
  BrokerRanking: Omit<BrokerRanking, 'brokers'> & { brokers: Array<ResolversParentTypes['Broker']> };
  BrokerReason: BrokerReason;
  Capability: CapabilityRow;
  CentralityEntry: CentralityEntryRow;
  CentralityRanking: Omit<CentralityRanking, 'entries'> & { entries: Array<ResolversParentTypes['CentralityEntry']> };
  Collaboration: CollaborationRow;
  CollaborationFilter: CollaborationFilter;
  CollaborationGroupShare: CollaborationGroupShare;
  CollaborationInput: CollaborationInput;
  CollaborationMix: CollaborationMix;
  CollaborationPairShare: CollaborationPairShare;
  CollaborationPath: Omit<CollaborationPath, 'organizations' | 'steps'> & { organizations: Array<ResolversParentTypes['Organization']>, steps: Array<ResolversParentTypes['PathStep']> };
  Community: CommunityRow;
  CommunityPartition: Omit<CommunityPartition, 'communities'> & { communities: Array<ResolversParentTypes['Community']> };
  CreatedApiKey: CreatedApiKey;
  DensityCell: DensityCell;
  DensityGroup: DensityGroup;
  DensityMatrix: DensityMatrix;
  DominantValue: DominantValue;
  Event: EventRow;
  File: Scalars['File']['output'];
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphPayload: GraphPayload;
  Hub: HubRow;
  ID: Scalars['ID']['output'];
  ImportCount: ImportCount;
  ImportFile: ImportFile;
  ImportProblem: ImportProblem;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  Introducer: IntroducerRow;
  MatchFactorWeight: MatchFactorWeight;
  MatchFeedback: MatchFeedbackRow;
  MatchFilter: MatchFilter;
  MatchReason: MatchReasonRow;
  MatchScorePart: MatchScorePart;
  MatchingWeights: MatchingWeights;
  Mutation: Record<PropertyKey, never>;
  Need: NeedRow;
  NeedInput: NeedInput;
  NetworkFilter: NetworkFilter;
  NetworkStats: NetworkStats;
  NetworkStatsDelta: NetworkStatsDelta;
  NetworkTrend: NetworkTrend;
  Organization: OrganizationRow;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  OrganizationOrder: OrganizationOrder;
  PageInfo: PageInfo;
  Partner: PartnerRow;
  PartnerMatch: PartnerMatchRow;
  PathStep: Omit<PathStep, 'from' | 'links' | 'to'> & { from: ResolversParentTypes['Organization'], links: Array<ResolversParentTypes['Collaboration']>, to: ResolversParentTypes['Organization'] };
  Program: ProgramRow;
  Project: ProjectRow;
  ProjectMembership: MembershipRow;
  ProposedLink: ProposedLink;
  Query: Record<PropertyKey, never>;
  SearchNode: ResolversUnionTypes<ResolversParentTypes>['SearchNode'];
  SearchResult: Omit<SearchResult, 'node'> & { node: ResolversParentTypes['SearchNode'] };
  String: Scalars['String']['output'];
  TrendChange: TrendChange;
  TrendPeriod: TrendPeriod;
  Viewer: Viewer;
  WhatIf: WhatIf;
  WhatIfLink: WhatIfLink;
};

export type ApiKeyResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AttendanceRole'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  crossHubLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crossKindLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crossSectorLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hubsReached?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<BrokerHubsReachedArgs, 'first'>>;
  kindsReached?: Resolver<Array<ResolversTypes['OrgKind']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['BrokerReason']>, ParentType, ContextType>;
};

export type BrokerRankingResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['BrokerRanking'] = ResolversParentTypes['BrokerRanking']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  samplePivots?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BrokerReasonResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['BrokerReason'] = ResolversParentTypes['BrokerReason']> = {
  code?: Resolver<ResolversTypes['BrokerReasonCode'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CapabilityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Capability'] = ResolversParentTypes['Capability']> = {
  broader?: Resolver<Maybe<ResolversTypes['Capability']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CapabilityLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType, RequireFields<CapabilityNarrowerArgs, 'first'>>;
  neededBy?: Resolver<Array<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<CapabilityNeededByArgs, 'first'>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<CapabilityOrganizationsArgs, 'first'>>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CentralityEntryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CentralityEntry'] = ResolversParentTypes['CentralityEntry']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CentralityRankingResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CentralityRanking'] = ResolversParentTypes['CentralityRanking']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CentralityEntry']>, ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['CentralityMetric'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samplePivots?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weighted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CollaborationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = {
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CollaborationGroupShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CollaborationGroupShare'] = ResolversParentTypes['CollaborationGroupShare']> = {
  group?: Resolver<ResolversTypes['CollaborationGroup'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['OrgKind']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CollaborationMixResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CollaborationMix'] = ResolversParentTypes['CollaborationMix']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  crossGroupLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crossGroupShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['CollaborationGroupShare']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['CollaborationPairShare']>, ParentType, ContextType>;
};

export type CollaborationPairShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CollaborationPairShare'] = ResolversParentTypes['CollaborationPairShare']> = {
  a?: Resolver<ResolversTypes['CollaborationGroup'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['CollaborationGroup'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CollaborationPathResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CollaborationPath'] = ResolversParentTypes['CollaborationPath']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  dominantHub?: Resolver<Maybe<ResolversTypes['DominantValue']>, ParentType, ContextType>;
  dominantKind?: Resolver<Maybe<ResolversTypes['DominantValue']>, ParentType, ContextType>;
  dominantSector?: Resolver<Maybe<ResolversTypes['DominantValue']>, ParentType, ContextType>;
  externalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internalLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<CommunityMemberIdsArgs, 'first'>>;
  members?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<CommunityMembersArgs, 'first'>>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityPartitionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CommunityPartition'] = ResolversParentTypes['CommunityPartition']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<CommunityPartitionCommunitiesArgs, 'first'>>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  key?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DensityCellResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DensityCell'] = ResolversParentTypes['DensityCell']> = {
  column?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  columnKey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  density?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  possible?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowKey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DensityGroupResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DensityGroup'] = ResolversParentTypes['DensityGroup']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DensityMatrixResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DensityMatrix'] = ResolversParentTypes['DensityMatrix']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['DensityGrouping'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['DensityCell']>, ParentType, ContextType, RequireFields<DensityMatrixCellsArgs, 'first'>>;
  groups?: Resolver<Array<ResolversTypes['DensityGroup']>, ParentType, ContextType, RequireFields<DensityMatrixGroupsArgs, 'first'>>;
};

export type DominantValueResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DominantValue'] = ResolversParentTypes['DominantValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hub?: Resolver<Maybe<ResolversTypes['Hub']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
};

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type GraphEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hub?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphPayloadResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphPayload'] = ResolversParentTypes['GraphPayload']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType, RequireFields<GraphPayloadEdgesArgs, 'first'>>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HubResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Hub'] = ResolversParentTypes['Hub']> = {
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<HubEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<HubOrganizationsArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportCountResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportCount'] = ResolversParentTypes['ImportCount']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportFileResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportFile'] = ResolversParentTypes['ImportFile']> = {
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headers?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  counts?: Resolver<Array<ResolversTypes['ImportCount']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ImportFile']>, ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType, RequireFields<ImportReportProblemsArgs, 'first'>>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IntroducerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Introducer'] = ResolversParentTypes['Introducer']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['CollaborationPath']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchFactorWeightResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchFactorWeight'] = ResolversParentTypes['MatchFactorWeight']> = {
  factor?: Resolver<ResolversTypes['MatchFactor'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchFeedbackResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchFeedback'] = ResolversParentTypes['MatchFeedback']> = {
  candidate?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['MatchDecision'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchReasonResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = {
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<MatchReasonEventsArgs, 'first'>>;
  factor?: Resolver<ResolversTypes['MatchFactor'], ParentType, ContextType>;
  offered?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType, RequireFields<MatchReasonOfferedArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<MatchReasonProjectsArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<MatchReasonViaArgs, 'first'>>;
  wanted?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType, RequireFields<MatchReasonWantedArgs, 'first'>>;
};

export type MatchScorePartResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchScorePart'] = ResolversParentTypes['MatchScorePart']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['MatchFactor'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchingWeightsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchingWeights'] = ResolversParentTypes['MatchingWeights']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  calibratedScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  configuredScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  eligibleOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WeightsOutcome'], ParentType, ContextType>;
  scoredOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  structuralIndex?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  structuralScale?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['MatchFactorWeight']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCollaboration?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType, RequireFields<MutationAddCollaborationArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  endCollaboration?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType, RequireFields<MutationEndCollaborationArgs, 'id' | 'until'>>;
  importData?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportDataArgs, 'dryRun' | 'files'>>;
  recordAttendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'eventId' | 'orgId' | 'role'>>;
  recordMatchFeedback?: Resolver<ResolversTypes['MatchFeedback'], ParentType, ContextType, RequireFields<MutationRecordMatchFeedbackArgs, 'candidateId' | 'decision' | 'orgId'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setCapabilities?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationSetCapabilitiesArgs, 'capabilityIds' | 'orgId'>>;
  setNeeds?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationSetNeedsArgs, 'needs' | 'orgId'>>;
  upsertOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpsertOrganizationArgs, 'input'>>;
};

export type NeedResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Need'] = ResolversParentTypes['Need']> = {
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkStatsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['NetworkStats'] = ResolversParentTypes['NetworkStats']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  averageClustering?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageDegree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageShortestPath?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  density?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  diameter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isolates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestComponentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  largestComponentSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transitivity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkStatsDeltaResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['NetworkStatsDelta'] = ResolversParentTypes['NetworkStatsDelta']> = {
  averageClustering?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageDegree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageShortestPath?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  density?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  diameter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isolates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestComponentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  largestComponentSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitivity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkTrendResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['NetworkTrend'] = ResolversParentTypes['NetworkTrend']> = {
  periods?: Resolver<Array<ResolversTypes['TrendPeriod']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['TrendStep'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganizationAliasesArgs, 'first'>>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType, RequireFields<OrganizationCapabilitiesArgs, 'first'>>;
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType, RequireFields<OrganizationCollaborationsArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  founded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hub?: Resolver<Maybe<ResolversTypes['Hub']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['Need']>, ParentType, ContextType, RequireFields<OrganizationNeedsArgs, 'first'>>;
  partners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<OrganizationPartnersArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['ProjectMembership']>, ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'first'>>;
  sector?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrgStatus'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  kinds?: Resolver<Array<ResolversTypes['LinkKind']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType, RequireFields<PartnerLinksArgs, 'first'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PartnerMatchResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PartnerMatch'] = ResolversParentTypes['PartnerMatch']> = {
  candidate?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['MatchFeedback']>, ParentType, ContextType>;
  introductionPaths?: Resolver<Array<ResolversTypes['CollaborationPath']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreParts?: Resolver<Array<ResolversTypes['MatchScorePart']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType, RequireFields<PathStepLinksArgs, 'first'>>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  children?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<ProgramChildrenArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<ProgramEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  budgetMillionKrw?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ProjectMembership']>, ParentType, ContextType, RequireFields<ProjectMembersArgs, 'first'>>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectMembershipResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProjectMembership'] = ResolversParentTypes['ProjectMembership']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  brokers?: Resolver<ResolversTypes['BrokerRanking'], ParentType, ContextType, RequireFields<QueryBrokersArgs, 'top'>>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType, RequireFields<QueryCapabilitiesArgs, 'first'>>;
  capability?: Resolver<ResolversTypes['Capability'], ParentType, ContextType, RequireFields<QueryCapabilityArgs, 'id'>>;
  centrality?: Resolver<ResolversTypes['CentralityRanking'], ParentType, ContextType, RequireFields<QueryCentralityArgs, 'metric' | 'top'>>;
  collaboration?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType, RequireFields<QueryCollaborationArgs, 'id'>>;
  collaborationMix?: Resolver<ResolversTypes['CollaborationMix'], ParentType, ContextType, Partial<QueryCollaborationMixArgs>>;
  collaborationPaths?: Resolver<Array<ResolversTypes['CollaborationPath']>, ParentType, ContextType, RequireFields<QueryCollaborationPathsArgs, 'from' | 'k' | 'maxHops' | 'to'>>;
  communities?: Resolver<ResolversTypes['CommunityPartition'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'minSize'>>;
  densityMatrix?: Resolver<ResolversTypes['DensityMatrix'], ParentType, ContextType, RequireFields<QueryDensityMatrixArgs, 'by'>>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  graph?: Resolver<ResolversTypes['GraphPayload'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'limit'>>;
  hub?: Resolver<ResolversTypes['Hub'], ParentType, ContextType, RequireFields<QueryHubArgs, 'id'>>;
  hubs?: Resolver<Array<ResolversTypes['Hub']>, ParentType, ContextType, RequireFields<QueryHubsArgs, 'first'>>;
  introducers?: Resolver<Array<ResolversTypes['Introducer']>, ParentType, ContextType, RequireFields<QueryIntroducersArgs, 'first' | 'from' | 'to'>>;
  matchingWeights?: Resolver<ResolversTypes['MatchingWeights'], ParentType, ContextType, Partial<QueryMatchingWeightsArgs>>;
  neighborhood?: Resolver<ResolversTypes['GraphPayload'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  networkStats?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType, Partial<QueryNetworkStatsArgs>>;
  networkTrend?: Resolver<ResolversTypes['NetworkTrend'], ParentType, ContextType, RequireFields<QueryNetworkTrendArgs, 'from' | 'step' | 'to'>>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  partnerMatches?: Resolver<Array<ResolversTypes['PartnerMatch']>, ParentType, ContextType, RequireFields<QueryPartnerMatchesArgs, 'first' | 'orgId'>>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramsArgs, 'first'>>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'links'>>;
};

export type SearchNodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SearchNode'] = ResolversParentTypes['SearchNode']> = {
  __resolveType: TypeResolveFn<'Capability' | 'Hub' | 'Organization', ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchResultKind'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  matchedText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrendChangeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TrendChange'] = ResolversParentTypes['TrendChange']> = {
  densityDelta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endedLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linksDelta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationsDelta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrendPeriodResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TrendPeriod'] = ResolversParentTypes['TrendPeriod']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['TrendChange'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type WhatIfResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = {
  after?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['NetworkStatsDelta'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['WhatIfLink']>, ParentType, ContextType>;
};

export type WhatIfLinkResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WhatIfLink'] = ResolversParentTypes['WhatIfLink']> = {
  alreadyLinked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinsComponents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AppContext> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  BrokerRanking?: BrokerRankingResolvers<ContextType>;
  BrokerReason?: BrokerReasonResolvers<ContextType>;
  Capability?: CapabilityResolvers<ContextType>;
  CentralityEntry?: CentralityEntryResolvers<ContextType>;
  CentralityRanking?: CentralityRankingResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  CollaborationGroupShare?: CollaborationGroupShareResolvers<ContextType>;
  CollaborationMix?: CollaborationMixResolvers<ContextType>;
  CollaborationPairShare?: CollaborationPairShareResolvers<ContextType>;
  CollaborationPath?: CollaborationPathResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityPartition?: CommunityPartitionResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DensityCell?: DensityCellResolvers<ContextType>;
  DensityGroup?: DensityGroupResolvers<ContextType>;
  DensityMatrix?: DensityMatrixResolvers<ContextType>;
  DominantValue?: DominantValueResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  File?: GraphQLScalarType;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPayload?: GraphPayloadResolvers<ContextType>;
  Hub?: HubResolvers<ContextType>;
  ImportCount?: ImportCountResolvers<ContextType>;
  ImportFile?: ImportFileResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  Introducer?: IntroducerResolvers<ContextType>;
  MatchFactorWeight?: MatchFactorWeightResolvers<ContextType>;
  MatchFeedback?: MatchFeedbackResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  MatchScorePart?: MatchScorePartResolvers<ContextType>;
  MatchingWeights?: MatchingWeightsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Need?: NeedResolvers<ContextType>;
  NetworkStats?: NetworkStatsResolvers<ContextType>;
  NetworkStatsDelta?: NetworkStatsDeltaResolvers<ContextType>;
  NetworkTrend?: NetworkTrendResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerMatch?: PartnerMatchResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectMembership?: ProjectMembershipResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchNode?: SearchNodeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  TrendChange?: TrendChangeResolvers<ContextType>;
  TrendPeriod?: TrendPeriodResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
  WhatIfLink?: WhatIfLinkResolvers<ContextType>;
};

