// The bound of every list field of the schema: its own argument (`first`, `top`, `k`) with a default and a maximum,
// an argument of the field that returns its parent (`organizations(first)` bounds the page's edges), or a bound by
// construction (an enum, a fixed rule). The query cost model multiplies these; resolvers validate with them;
// docs/limits.md lists them (a test checks the table against the schema and the docs).
import { badUserInput } from '../errors/app-errors.ts';

/** The field's own argument bounds it: `default` when omitted, at most `max` (more is BAD_USER_INPUT). */
export interface ArgumentBound {
  readonly by: 'argument';
  readonly argument: string;
  readonly default: number;
  readonly max: number;
  /** Where the bound is applied: in the Cypher statement (Neo4j never returns more) or on the computed answer. */
  readonly applied: 'cypher' | 'answer';
}

/** An argument of the field returning the parent object bounds it (a number, or a list's length). */
export interface ParentArgumentBound {
  readonly by: 'parent';
  readonly argument: string;
  readonly max: number;
}

/** Bounded whatever the arguments; `why` says by what. */
export interface ConstructionBound {
  readonly by: 'construction';
  readonly max: number;
  readonly why: string;
}

export type ListBound = ArgumentBound | ParentArgumentBound | ConstructionBound;

const first = (defaultValue: number, max: number, applied: ArgumentBound['applied'] = 'cypher'): ArgumentBound => ({
  by: 'argument',
  argument: 'first',
  default: defaultValue,
  max,
  applied,
});
const own = (argument: string, defaultValue: number, max: number): ArgumentBound => ({
  by: 'argument',
  argument,
  default: defaultValue,
  max,
  applied: 'answer',
});
const parent = (argument: string, max: number): ParentArgumentBound => ({ by: 'parent', argument, max });
const fixed = (max: number, why: string): ConstructionBound => ({ by: 'construction', max, why });

/** Keyed by `Type.field`; every list field of the schema has an entry (list-bounds.test.ts). */
export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = Object.freeze({
  'OrganizationConnection.edges': parent('first', 100),
  'AuditEntryConnection.edges': parent('first', 200),
  'Query.hubs': first(100, 1_000),
  'Query.capabilities': first(200, 1_000),
  'Query.events': first(200, 1_000),
  'Query.programs': first(100, 1_000),
  'Query.projects': first(100, 1_000),
  'Query.apiKeys': first(100, 1_000),
  'Query.search': own('first', 10, 50),
  'Query.partnerMatches': own('first', 10, 50),
  'Query.introducers': own('first', 5, 20),
  'Query.collaborationPaths': own('k', 3, 5),

  'Organization.aliases': first(20, 100, 'answer'),
  'Organization.capabilities': first(50, 200),
  'Organization.needs': first(50, 200),
  'Organization.collaborations': first(100, 500),
  'Organization.partners': first(100, 500),
  'Organization.events': first(50, 200),
  'Organization.projects': first(50, 200),
  'Partner.links': first(20, 100),
  'Partner.kinds': fixed(12, 'one per LinkKind'),
  'Partner.years': fixed(301, 'calendar years of dates from 1800 to 2100'),
  'Hub.organizations': first(100, 500),
  'Hub.events': first(50, 500),
  'Capability.narrower': first(100, 500),
  'Capability.neededBy': first(50, 500),
  'Capability.organizations': first(100, 500),
  'Program.children': first(100, 500),
  'Program.events': first(50, 500),
  'Event.participants': first(50, 500),
  'Project.members': first(50, 500),

  'GraphPayload.nodes': parent('limit', 5_000),
  'GraphPayload.edges': first(10_000, 50_000, 'answer'),
  'CollaborationPath.organizations': fixed(7, 'maxHops + 1, and maxHops is at most 6'),
  'CollaborationPath.steps': fixed(6, 'maxHops, at most 6'),
  'PathStep.links': first(20, 100, 'answer'),

  'BrokerRanking.brokers': parent('top', 1_000),
  'Broker.hubsReached': first(20, 100, 'answer'),
  'Broker.kindsReached': fixed(6, 'one per OrgKind'),
  'Broker.reasons': fixed(4, 'one per BrokerReasonCode'),
  'CentralityRanking.entries': parent('top', 1_000),
  'CommunityPartition.communities': first(20, 1_000, 'answer'),
  'Community.members': first(100, 1_000, 'answer'),
  'Community.memberIds': first(1_000, 5_000, 'answer'),
  'CollaborationMix.groups': fixed(4, 'one per CollaborationGroup'),
  'CollaborationMix.pairs': fixed(10, 'one per unordered pair of the 4 CollaborationGroups'),
  'CollaborationGroupShare.kinds': fixed(6, 'one per OrgKind'),
  'DensityMatrix.groups': first(100, 500, 'answer'),
  'DensityMatrix.cells': first(1_000, 10_000, 'answer'),
  'NetworkTrend.periods': fixed(80, 'networkTrend covers at most 80 periods'),
  'WhatIf.links': parent('links', 50),

  'PartnerMatch.introductionPaths': fixed(3, 'the introduction paths of the scoring config'),
  'PartnerMatch.reasons': fixed(10, 'one per kind of evidence'),
  'PartnerMatch.scoreParts': fixed(8, 'one per MatchFactor'),
  'Introducer.paths': fixed(3, 'the introduction paths of the scoring config'),
  'MatchReason.offered': first(20, 100, 'answer'),
  'MatchReason.wanted': first(20, 100, 'answer'),
  'MatchReason.events': first(20, 100, 'answer'),
  'MatchReason.projects': first(20, 100, 'answer'),
  'MatchReason.via': first(20, 100, 'answer'),
  'MatchingWeights.weights': fixed(8, 'one per MatchFactor'),

  'ImportReport.files': fixed(20, 'at most 20 files per upload'),
  'ImportReport.problems': first(1_000, 10_000, 'answer'),
  'ImportReport.counts': fixed(11, 'one per dataset type'),
});

/**
 * The number of items a list field with its own bounding argument may return: its default when omitted; a value
 * outside 0–max is BAD_USER_INPUT naming the argument.
 */
export function boundedFirst(coordinate: string, value: number | null | undefined): number {
  const bound = LIST_BOUNDS[coordinate];
  if (bound?.by !== 'argument') throw new Error(`list-bounds: ${coordinate} has no bounding argument`);
  if (value === null || value === undefined) return bound.default;
  if (!Number.isInteger(value) || value < 0 || value > bound.max)
    throw badUserInput(bound.argument, `must be an integer from 0 to ${bound.max}, got ${value}`);
  return value;
}
