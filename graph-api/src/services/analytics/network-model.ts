// The analytics' data model: the projection read from Neo4j, and the undirected graph built from it as of a date.
import type { AbstractGraph } from 'graphology-types';
import type { LinkKind, OrgKind } from '../../generated/resolvers-types.ts';

/** An organisation of the scope, as the projection query returns it. */
export interface ProjectedOrganization {
  id: string;
  /** Read only with DETAILS (the exports are the only ones to show them); the id otherwise. */
  name: string;
  nameEn: string;
  kind: OrgKind;
  hub: string | null;
  sector: string | null;
  founded: number | null;
}

/**
 * The stored links (several may join the same pair: other kinds, other periods), as parallel columns — on a large
 * network, typed arrays instead of one object per link make each read cheaper (docs/analytics.md).
 */
export interface ProjectedLinks {
  count: number;
  /** Index of one end in Projection.organizations. */
  from: Int32Array;
  /** Index of the other end. */
  to: Int32Array;
  /** The link's weight (1 when the projection was read without weights). */
  weight: Float64Array;
  /** Kind, since and until (YYYY-MM-DD; until = the last day it ran) of each link; empty without details. */
  kind: LinkKind[];
  since: Array<string | null>;
  until: Array<string | null>;
}

export interface NamedEntity {
  id: string;
  name: string;
  nameEn: string;
}

/**
 * How much of each link a projection reads: the ends (STRUCTURE: every unweighted metric), also the weights
 * (WEIGHTS: PageRank, eigenvector, weighted degree), or also kind, since and until and the organisations' names
 * (DETAILS: exports, trends, and snapshots at other dates). Each level holds the ones before it.
 */
export const PROJECTION_DETAILS = ['STRUCTURE', 'WEIGHTS', 'DETAILS'] as const;
export type ProjectionDetail = (typeof PROJECTION_DETAILS)[number];

export const holdsDetail = (available: ProjectionDetail, needed: ProjectionDetail): boolean =>
  PROJECTION_DETAILS.indexOf(available) >= PROJECTION_DETAILS.indexOf(needed);

/** A scope's network as one projection query returns it: as of a date (or its whole history), with or without dates. */
export interface Projection {
  /** The date the query filtered the links by; null: every link, whatever its dates. */
  asOf: string | null;
  /** What the links carry besides their ends (see ProjectionDetail). */
  detail: ProjectionDetail;
  organizations: ProjectedOrganization[];
  links: ProjectedLinks;
  hubs: Map<string, NamedEntity>;
  sectors: Map<string, NamedEntity>;
}

/** Node attributes (also what the exports write). */
export interface OrgAttributes {
  label: string;
  labelEn: string;
  kind: OrgKind;
  hub: string | null;
  sector: string | null;
  founded: number | null;
}

/** One edge per pair of organisations, whatever the number of links between them. */
export interface PairAttributes {
  /** Kinds of the pair's links, sorted (empty when the projection was read without details). */
  kinds: LinkKind[];
  /** Sum of the weights of the pair's links: the weight the weighted metrics use (its link count when not read). */
  weight: number;
  /** The earliest `since` among the pair's links. */
  since: string | null;
  /** How many stored links join the pair. */
  links: number;
}

export type NetworkGraph = AbstractGraph<OrgAttributes, PairAttributes>;

/** Which part of the network the analytics look at; null fields mean "any". */
export interface AnalyticsScope {
  hubs: string[] | null;
  orgKinds: OrgKind[] | null;
  sectors: string[] | null;
  linkKinds: LinkKind[] | null;
}

export const WHOLE_NETWORK: AnalyticsScope = Object.freeze({
  hubs: null,
  orgKinds: null,
  sectors: null,
  linkKinds: null,
});

/** The network of a scope as of a date (null: every link ever recorded), with what its groups are called. */
export interface NetworkSnapshot {
  scope: AnalyticsScope;
  asOf: string | null;
  graph: NetworkGraph;
  /** What its projection read: weights are real only from WEIGHTS on, kinds and since only with DETAILS. */
  detail: ProjectionDetail;
  hubs: Map<string, NamedEntity>;
  sectors: Map<string, NamedEntity>;
}
