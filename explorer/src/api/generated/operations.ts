// Generated from graph-api/schema.graphql and src/api/*queries.ts by `pnpm --filter @siheung/explorer codegen`: do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/**
 * Which part of the collaboration network the analytics look at. Every field given must hold (AND); a field left out
 * means "any". Organisations outside the scope are left out together with their links.
 */
export type AnalyticsScope = {
  /** Only organisations located in these hubs (hub ids, e.g. HUB-BAEGOT). */
  hubs?: Array<string> | null | undefined;
  /** Only links of these kinds. */
  linkKinds?: Array<LinkKind> | null | undefined;
  /** Only organisations of these kinds. */
  orgKinds?: Array<OrgKind> | null | undefined;
  /** Only organisations of these sectors (ids of capabilities of level SECTOR, e.g. SEC-CDMO). */
  sectors?: Array<string> | null | undefined;
};

/** Roles at an event. */
export type AttendanceRole =
  /** Organised or hosted it (주최·주관). */
  | 'HOST'
  /** Attended (참가). */
  | 'PARTICIPANT'
  /** Gave a talk or presentation (발표). */
  | 'SPEAKER';

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

/** What the density matrix groups organisations by. */
export type DensityGrouping =
  /** Their hub (거점). */
  | 'HUB'
  /** Their kind (유형). */
  | 'ORG_KIND'
  /** Their sector (분야). */
  | 'SECTOR';

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

/** Which candidates `partnerMatches` may propose; every field given must hold (AND). */
export type MatchFilter = {
  /** Leave out organisations already linked with the organisation (as of `asOf`). True by default. */
  excludeExisting?: boolean | null | undefined;
  /** Only candidates located in these hubs (hub ids). */
  hubs?: Array<string> | null | undefined;
  /** Only candidates of these kinds. */
  orgKinds?: Array<OrgKind> | null | undefined;
};

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

/** A link to imagine: two organisations of the scope. */
export type ProposedLink = {
  /** One organisation's id. */
  from: string;
  /** The other organisation's id. */
  to: string;
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

export type NetworkStatsFieldsFragment = { asOf: string | null, organizations: number, links: number, density: number | null, averageDegree: number, components: number, largestComponentSize: number, largestComponentShare: number | null, isolates: number, averageClustering: number, transitivity: number, averageShortestPath: number | null, diameter: number | null, pathsExact: boolean, pathSources: number, modularity: number | null, communities: number };

export type RankedOrganizationFieldsFragment = { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, hub: { id: string, name: string, nameEn: string } | null };

export type ExplorerNetworkStatsQueryVariables = Exact<{
  scope?: AnalyticsScope | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerNetworkStatsQuery = { networkStats: { asOf: string | null, organizations: number, links: number, density: number | null, averageDegree: number, components: number, largestComponentSize: number, largestComponentShare: number | null, isolates: number, averageClustering: number, transitivity: number, averageShortestPath: number | null, diameter: number | null, pathsExact: boolean, pathSources: number, modularity: number | null, communities: number } };

export type ExplorerDensityMatrixQueryVariables = Exact<{
  by: DensityGrouping;
  scope?: AnalyticsScope | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerDensityMatrixQuery = { densityMatrix: { by: DensityGrouping, asOf: string | null, groups: Array<{ index: number, key: string | null, name: string, nameEn: string, size: number }>, cells: Array<{ row: number, column: number, links: number, possible: number, density: number | null }> } };

export type ExplorerNetworkTrendQueryVariables = Exact<{
  from: string;
  to: string;
  scope?: AnalyticsScope | null | undefined;
}>;


export type ExplorerNetworkTrendQuery = { networkTrend: { periods: Array<{ label: string, asOf: string, stats: { organizations: number, links: number, density: number | null }, change: { newLinks: number, endedLinks: number, newOrganizations: number } }> } };

export type ExplorerDataYearsQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerDataYearsQuery = { graph: { edges: Array<{ since: string | null }> } };

export type ExplorerCentralityQueryVariables = Exact<{
  metric: CentralityMetric;
  scope?: AnalyticsScope | null | undefined;
  asOf?: string | null | undefined;
  top?: number | null | undefined;
}>;


export type ExplorerCentralityQuery = { centrality: { metric: CentralityMetric, exact: boolean, samplePivots: number | null, entries: Array<{ rank: number, value: number, degree: number, organization: { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, hub: { id: string, name: string, nameEn: string } | null } }> } };

export type ExplorerBrokersQueryVariables = Exact<{
  scope?: AnalyticsScope | null | undefined;
  asOf?: string | null | undefined;
  top?: number | null | undefined;
}>;


export type ExplorerBrokersQuery = { brokers: { exact: boolean, samplePivots: number | null, brokers: Array<{ rank: number, betweenness: number, degree: number, crossHubLinks: number, crossKindLinks: number, crossSectorLinks: number, organization: { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, hub: { id: string, name: string, nameEn: string } | null }, reasons: Array<{ code: BrokerReasonCode, value: number, text: string, textEn: string }> }> } };

export type ExplorerCommunitiesQueryVariables = Exact<{
  scope?: AnalyticsScope | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerCommunitiesQuery = { communities: { modularity: number | null, count: number, communities: Array<{ id: number, size: number, memberIds: Array<string>, internalLinks: number, externalLinks: number, dominantHub: { key: string, name: string, nameEn: string, share: number } | null, dominantKind: { key: string, name: string, nameEn: string, share: number } | null }> } };

export type ExplorerWhatIfQueryVariables = Exact<{
  links: Array<ProposedLink> | ProposedLink;
  scope?: AnalyticsScope | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerWhatIfQuery = { whatIf: { links: Array<{ from: string, to: string, alreadyLinked: boolean, joinsComponents: boolean }>, before: { asOf: string | null, organizations: number, links: number, density: number | null, averageDegree: number, components: number, largestComponentSize: number, largestComponentShare: number | null, isolates: number, averageClustering: number, transitivity: number, averageShortestPath: number | null, diameter: number | null, pathsExact: boolean, pathSources: number, modularity: number | null, communities: number }, after: { asOf: string | null, organizations: number, links: number, density: number | null, averageDegree: number, components: number, largestComponentSize: number, largestComponentShare: number | null, isolates: number, averageClustering: number, transitivity: number, averageShortestPath: number | null, diameter: number | null, pathsExact: boolean, pathSources: number, modularity: number | null, communities: number }, delta: { organizations: number, links: number, density: number | null, averageDegree: number, components: number, largestComponentSize: number, largestComponentShare: number | null, isolates: number, averageClustering: number, transitivity: number, averageShortestPath: number | null, diameter: number | null, modularity: number | null, communities: number } } };

export type ExplorerImportDataMutationVariables = Exact<{
  files: Array<File> | File;
  dryRun: boolean;
  source?: string | null | undefined;
  confirm?: string | null | undefined;
}>;


export type ExplorerImportDataMutation = { importData: { dryRun: boolean, valid: boolean, written: boolean, fingerprint: string, files: Array<{ name: string, type: string, rows: number, encoding: string, headers: string }>, problems: Array<{ file: string, row: number, column: string, value: string, expected: string, message: string }>, counts: Array<{ type: string, rows: number, created: number, updated: number, unchanged: number }> } };

export type MatchFeedbackFieldsFragment = { decision: MatchDecision, note: string | null, recordedBy: string, recordedAt: string, candidate: { id: string } };

export type ExplorerMatchOrganizationQueryVariables = Exact<{
  id: string;
  withPrivate: boolean;
}>;


export type ExplorerMatchOrganizationQuery = { organization: { id: string, name: string, nameEn: string, kind: OrgKind, needs?: Array<{ priority: number, capability: { id: string, name: string, nameEn: string } }> } };

export type ExplorerPartnerMatchesQueryVariables = Exact<{
  orgId: string;
  need?: string | null | undefined;
  first?: number | null | undefined;
  filter?: MatchFilter | null | undefined;
}>;


export type ExplorerPartnerMatchesQuery = { partnerMatches: Array<{ rank: number, score: number, explanation: string, explanationEn: string, candidate: { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, hub: { id: string, name: string, nameEn: string } | null }, scoreParts: Array<{ factor: MatchFactor, value: number, weight: number, contribution: number }>, reasons: Array<{ factor: MatchFactor, text: string, textEn: string, offered: Array<{ id: string, name: string, nameEn: string }>, wanted: Array<{ id: string, name: string, nameEn: string }>, events: Array<{ id: string, name: string, nameEn: string, date: string }>, projects: Array<{ id: string, title: string, titleEn: string }>, via: Array<{ id: string, name: string, nameEn: string }> }>, introductionPaths: Array<{ length: number, organizations: Array<{ id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, degree: number, hub: { id: string } | null }>, steps: Array<{ from: { id: string }, to: { id: string }, links: Array<{ id: string, kind: LinkKind, since: string, until: string | null, weight: number, title: string | null, source: string, synthetic: boolean, from: { id: string }, to: { id: string } }> }> }>, feedback: { decision: MatchDecision, note: string | null, recordedBy: string, recordedAt: string, candidate: { id: string } } | null }> };

export type ExplorerIntroducersQueryVariables = Exact<{
  from: string;
  to: string;
  first?: number | null | undefined;
}>;


export type ExplorerIntroducersQuery = { introducers: Array<{ score: number, text: string, textEn: string, organization: { id: string, name: string, nameEn: string, kind: OrgKind } }> };

export type ExplorerMatchingWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerMatchingWeightsQuery = { matchingWeights: { outcome: WeightsOutcome, from: string | null, to: string | null, eligibleOrganizations: number, scoredOrganizations: number, weights: Array<{ factor: MatchFactor, weight: number }> } };

export type ExplorerRecordMatchFeedbackMutationVariables = Exact<{
  orgId: string;
  candidateId: string;
  decision: MatchDecision;
  note?: string | null | undefined;
}>;


export type ExplorerRecordMatchFeedbackMutation = { recordMatchFeedback: { decision: MatchDecision, note: string | null, recordedBy: string, recordedAt: string, candidate: { id: string } } };

export type GraphPayloadFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string, kind: OrgKind, hub: string | null, sector: string | null, synthetic: boolean, degree: number, distance: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: LinkKind, since: string | null, until: string | null, weight: number, title: string | null }> };

export type PathOrganizationFieldsFragment = { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, degree: number, hub: { id: string } | null };

export type LinkEvidenceFieldsFragment = { id: string, kind: LinkKind, since: string, until: string | null, weight: number, title: string | null, source: string, synthetic: boolean, from: { id: string }, to: { id: string } };

export type CollaborationPathFieldsFragment = { length: number, organizations: Array<{ id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean, degree: number, hub: { id: string } | null }>, steps: Array<{ from: { id: string }, to: { id: string }, links: Array<{ id: string, kind: LinkKind, since: string, until: string | null, weight: number, title: string | null, source: string, synthetic: boolean, from: { id: string }, to: { id: string } }> }> };

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
  withPrivate: boolean;
}>;


export type ExplorerOrganizationQuery = { organization: { id: string, name: string, nameEn: string, aliases: Array<string>, kind: OrgKind, status: OrgStatus, founded: number | null, employees: number | null, website: string | null, description: string | null, descriptionEn: string | null, synthetic: boolean, source: string, importedAt: string | null, updatedAt: string | null, degree: number, hub: { id: string, name: string, nameEn: string } | null, capabilities: Array<{ id: string, name: string, nameEn: string, broader: { id: string, name: string, nameEn: string } | null }>, needs?: Array<{ priority: number, source: string, capability: { id: string, name: string, nameEn: string } }>, partners: Array<{ kinds: Array<LinkKind>, years: Array<number>, since: string, weight: number, organization: { id: string, name: string, nameEn: string, kind: OrgKind, synthetic: boolean }, links: Array<{ id: string, kind: LinkKind, since: string, until: string | null, source: string, synthetic: boolean }> }>, events: Array<{ role: AttendanceRole, event: { id: string, name: string, nameEn: string, date: string, type: EventType } }>, projects: Array<{ role: ProjectRole, project: { id: string, title: string, titleEn: string, funder: string, startYear: number, endYear: number | null } }> } };

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

export type ExplorerViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerViewerQuery = { viewer: { name: string, role: Role } };
