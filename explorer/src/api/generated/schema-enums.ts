// Generated from graph-api/schema.graphql and src/api/*queries.ts by `pnpm --filter @siheung/explorer codegen`: do not edit.
/** Roles at an event. */
export const AttendanceRole = {
  /** Organised or hosted it (주최·주관). */
  HOST: 'HOST',
  /** Attended (참가). */
  PARTICIPANT: 'PARTICIPANT',
  /** Gave a talk or presentation (발표). */
  SPEAKER: 'SPEAKER'
} as const;

export type AttendanceRole = typeof AttendanceRole[keyof typeof AttendanceRole];
/** Why an organisation is a broker. */
export const BrokerReasonCode = {
  /** It has links to organisations of other hubs. */
  BRIDGES_HUBS: 'BRIDGES_HUBS',
  /** It has links to organisations of other kinds (e.g. a company linked to a hospital). */
  BRIDGES_KINDS: 'BRIDGES_KINDS',
  /** It has links to organisations of other sectors. */
  BRIDGES_SECTORS: 'BRIDGES_SECTORS',
  /** Among the top tenth by betweenness: many shortest paths between others pass through it. */
  HIGH_BETWEENNESS: 'HIGH_BETWEENNESS'
} as const;

export type BrokerReasonCode = typeof BrokerReasonCode[keyof typeof BrokerReasonCode];
/** Levels of the capability taxonomy. */
export const CapabilityLevel = {
  /** A capability (역량) within a sector. */
  CAPABILITY: 'CAPABILITY',
  /** A sector (분야), the top of the taxonomy. */
  SECTOR: 'SECTOR'
} as const;

export type CapabilityLevel = typeof CapabilityLevel[keyof typeof CapabilityLevel];
/** A centrality measure to rank organisations by. */
export const CentralityMetric = {
  /**
   * Share of the shortest paths between other organisations that pass through it (unweighted, normalised as networkx);
   * sampled past a size limit.
   */
  BETWEENNESS: 'BETWEENNESS',
  /** Closeness with Wasserman–Faust's correction for disconnected networks (unweighted hops); sampled past a size limit. */
  CLOSENESS: 'CLOSENESS',
  /** Partners / (n − 1) (unweighted). */
  DEGREE: 'DEGREE',
  /** Eigenvector centrality, weighted by the pairs' summed link weights. */
  EIGENVECTOR: 'EIGENVECTOR',
  /** PageRank (damping 0.85), weighted by the pairs' summed link weights. */
  PAGERANK: 'PAGERANK'
} as const;

export type CentralityMetric = typeof CentralityMetric[keyof typeof CentralityMetric];
/** The four groups of the 산학연병 balance (docs/analytics.md). */
export const CollaborationGroup = {
  /** 학·연 Academia: universities and research institutes. */
  ACADEMIA: 'ACADEMIA',
  /** 관 Government and support: public agencies and support organisations. */
  GOVERNMENT: 'GOVERNMENT',
  /** 병 Hospitals. */
  HOSPITAL: 'HOSPITAL',
  /** 산 Industry: companies. */
  INDUSTRY: 'INDUSTRY'
} as const;

export type CollaborationGroup = typeof CollaborationGroup[keyof typeof CollaborationGroup];
/** What the density matrix groups organisations by. */
export const DensityGrouping = {
  /** Their hub (거점). */
  HUB: 'HUB',
  /** Their kind (유형). */
  ORG_KIND: 'ORG_KIND',
  /** Their sector (분야). */
  SECTOR: 'SECTOR'
} as const;

export type DensityGrouping = typeof DensityGrouping[keyof typeof DensityGrouping];
/**
 * The closed set of codes an error of this API carries in `errors[].extensions.code` (every other failure is
 * masked as INTERNAL_SERVER_ERROR). The only list of them: the server reads its codes from here
 * (graph-api/src/errors/app-errors.ts) and clients get them as generated types.
 */
export const ErrorCode = {
  /** An argument is wrong; `extensions.argument` names it. Nothing was changed. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request contradicts data that exists (e.g. an id already used for something else). */
  CONFLICT: 'CONFLICT',
  /** The database cannot be reached right now; try again shortly (HTTP 503). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The caller is known but its role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** Anything else: the server failed; the message says no more (details are in the server's log). */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** An id names nothing; `extensions.argument` names the argument that carried it, `extensions.id` the id. */
  NOT_FOUND: 'NOT_FOUND',
  /** The upload is larger than the server accepts (HTTP 413; `extensions.maxBytes`). Nothing was read or written. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The query asks for too much at once (depth, aliases, tokens or cost); ask for less. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many requests from this caller; try again later (HTTP 429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /**
   * The answer would be larger than the caller's role may receive (`extensions.maxBytes`); nothing of it was sent. Ask
   * for fewer objects or fields.
   */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /**
   * The server is too busy for this request right now (the analytics queue or the execution queue is full, or the
   * request waited too long for its turn); HTTP 503 with `Retry-After` and `extensions.retryAfter` (seconds).
   */
  SERVICE_BUSY: 'SERVICE_BUSY',
  /** The request needs an API key (or the key given is unknown or revoked). */
  UNAUTHENTICATED: 'UNAUTHENTICATED'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
/** Kinds of meeting. */
export const EventType = {
  /** A forum or conference (포럼). */
  FORUM: 'FORUM',
  /** A kick-off or report meeting (착수보고회). */
  KICKOFF: 'KICKOFF',
  /** A policy roundtable (정책간담회). */
  POLICY_ROUNDTABLE: 'POLICY_ROUNDTABLE',
  /** An informal networking salon (살롱). */
  SALON: 'SALON',
  /** A technology exchange meeting (기술교류회). */
  TECH_EXCHANGE: 'TECH_EXCHANGE',
  /** A training course or seminar (교육). */
  TRAINING: 'TRAINING',
  /** A workshop, e.g. industry–academia joint planning (워크숍). */
  WORKSHOP: 'WORKSHOP'
} as const;

export type EventType = typeof EventType[keyof typeof EventType];
/** Kinds of collaboration link between two organisations. */
export const LinkKind = {
  /** A clinical trial: sponsor and site (임상시험). */
  CLINICAL_TRIAL: 'CLINICAL_TRIAL',
  /** A joint publication (공동논문). */
  CO_PUBLICATION: 'CO_PUBLICATION',
  /** An investment (투자). */
  INVESTMENT: 'INVESTMENT',
  /** Joint research and development (공동연구). */
  JOINT_RD: 'JOINT_RD',
  /** A memorandum of understanding (업무협약). */
  MOU: 'MOU',
  /** A supply relationship (공급). */
  SUPPLY: 'SUPPLY',
  /** A technology transfer (기술이전). */
  TECH_TRANSFER: 'TECH_TRANSFER'
} as const;

export type LinkKind = typeof LinkKind[keyof typeof LinkKind];
/** A decision of the secretariat about a proposed partner. */
export const MatchDecision = {
  /** Both agreed to work together. */
  ACCEPTED: 'ACCEPTED',
  /** The organisations were put in touch. */
  CONTACTED: 'CONTACTED',
  /** The candidate was turned down (it ranks lower for this organisation afterwards). */
  DECLINED: 'DECLINED'
} as const;

export type MatchDecision = typeof MatchDecision[keyof typeof MatchDecision];
/** One ingredient of a match score. See docs/matching.md for each factor and its weight. */
export const MatchFactor = {
  /** What the candidate can do that the organisation needs, and the reverse. */
  CAPABILITY_FIT: 'CAPABILITY_FIT',
  /** Earlier feedback of the secretariat on this pair (a declined candidate ranks lower). */
  FEEDBACK: 'FEEDBACK',
  /** The same hub, or a neighbouring one. */
  HUB_PROXIMITY: 'HUB_PROXIMITY',
  /** Short introduction paths through existing links. */
  INTRODUCTION: 'INTRODUCTION',
  /** Kinds that complement each other (company ↔ hospital, company ↔ university, supplier ↔ producer). */
  KIND_COMPLEMENT: 'KIND_COMPLEMENT',
  /** How well connected the candidate is (preferential attachment: well-connected organisations gain partners fastest). */
  POPULARITY: 'POPULARITY',
  /** Events attended and projects joined together. */
  SHARED_ACTIVITY: 'SHARED_ACTIVITY',
  /** Shared partners, weighted as Adamic–Adar / resource allocation over the collaboration graph. */
  STRUCTURAL_SIMILARITY: 'STRUCTURAL_SIMILARITY'
} as const;

export type MatchFactor = typeof MatchFactor[keyof typeof MatchFactor];
/** Kinds of organisation in the cluster. */
export const OrgKind = {
  /** A company (기업). */
  COMPANY: 'COMPANY',
  /** A hospital (병원). */
  HOSPITAL: 'HOSPITAL',
  /** A public agency such as the city or the province (공공기관). */
  PUBLIC_AGENCY: 'PUBLIC_AGENCY',
  /** A research institute (연구기관). */
  RESEARCH_INSTITUTE: 'RESEARCH_INSTITUTE',
  /** A support organisation such as the Industry Promotion Agency (지원기관). */
  SUPPORT_ORG: 'SUPPORT_ORG',
  /** A university (대학). */
  UNIVERSITY: 'UNIVERSITY'
} as const;

export type OrgKind = typeof OrgKind[keyof typeof OrgKind];
/** Whether an organisation or facility operates already. */
export const OrgStatus = {
  /** Operating (운영 중). */
  ACTIVE: 'ACTIVE',
  /** Planned or under construction, e.g. a hospital not yet open (계획). */
  PLANNED: 'PLANNED'
} as const;

export type OrgStatus = typeof OrgStatus[keyof typeof OrgStatus];
/** Sort keys of organisations. */
export const OrganizationOrderField = {
  /** Number of collaboration links. */
  DEGREE: 'DEGREE',
  /** Number of employees. */
  EMPLOYEES: 'EMPLOYEES',
  /** Year founded. */
  FOUNDED: 'FOUNDED',
  /** Korean name (가나다 order). */
  NAME: 'NAME',
  /** English name, case-insensitive. */
  NAME_EN: 'NAME_EN'
} as const;

export type OrganizationOrderField = typeof OrganizationOrderField[keyof typeof OrganizationOrderField];
/** Roles in a project. */
export const ProjectRole = {
  /** The lead organisation (주관기관). */
  LEAD: 'LEAD',
  /** A partner organisation (참여기관). */
  PARTNER: 'PARTNER'
} as const;

export type ProjectRole = typeof ProjectRole[keyof typeof ProjectRole];
/** What a caller may do (docs/authorization.md): each role may do everything the roles before it may. */
export const Role = {
  /** Everything, plus API keys and the audit log. */
  ADMIN: 'ADMIN',
  /** No API key: read-only, without private fields. */
  PUBLIC: 'PUBLIC',
  /** Full read, exports and introspection. */
  RESEARCHER: 'RESEARCHER',
  /** Edits data, imports, records match feedback and sees private fields (survey needs, contact notes). */
  STAFF: 'STAFF'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** How a search result matched the text, from the strongest match to the weakest. */
export const SearchMatch = {
  /** The initial consonants (초성) of a Korean name or alias contain the text (ㅅㅇㄷ → 서울대). */
  CHOSEONG: 'CHOSEONG',
  /** A name or alias equals the text (서울대, SNU). */
  EXACT: 'EXACT',
  /** Similar words only: a small English typo (seol → Seoul), other spacing or word order. */
  FUZZY: 'FUZZY',
  /** A name, alias or romanisation contains the text. */
  PARTIAL: 'PARTIAL',
  /** A name or alias, or one of its words, starts with the text (snu hosp → SNU Hospital; baegot → 배곧 by romanisation). */
  PREFIX: 'PREFIX'
} as const;

export type SearchMatch = typeof SearchMatch[keyof typeof SearchMatch];
/** What kind of thing a search result is. */
export const SearchResultKind = {
  /** A capability or sector of the taxonomy (역량·분야). */
  CAPABILITY: 'CAPABILITY',
  /** A hub of the cluster (거점). */
  HUB: 'HUB',
  /** An organisation (기관·기업). */
  ORGANIZATION: 'ORGANIZATION'
} as const;

export type SearchResultKind = typeof SearchResultKind[keyof typeof SearchResultKind];
/** Sort direction. */
export const SortDirection = {
  /** Smallest first (A→Z, 가→하, oldest first). */
  ASC: 'ASC',
  /** Largest first. */
  DESC: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** The length of a trend's periods. */
export const TrendStep = {
  /** Calendar quarters. */
  QUARTER: 'QUARTER',
  /** Calendar years. */
  YEAR: 'YEAR'
} as const;

export type TrendStep = typeof TrendStep[keyof typeof TrendStep];
/** Where the weights of `partnerMatches` came from at a date. */
export const WeightsOutcome = {
  /** Learnt from the network's own last year: the weights that best foresaw the partnerships formed in it. */
  CALIBRATED: 'CALIBRATED',
  /** Learnt nothing better than the configured weights, which stay. */
  NO_GAIN: 'NO_GAIN',
  /** Calibration is off (MATCHING_WEIGHTS=configured): the configured weights (docs/matching.md). */
  OFF: 'OFF',
  /** Too few organisations gained a partner in the last year to learn from: the configured weights stay. */
  TOO_FEW_NEW_PARTNERSHIPS: 'TOO_FEW_NEW_PARTNERSHIPS'
} as const;

export type WeightsOutcome = typeof WeightsOutcome[keyof typeof WeightsOutcome];