// The list fields bounded on the computed answer (analytics, paths, import reports): each keeps its first `first`
// items. Lists read from Neo4j are bounded in their statements instead (limits/list-bounds.ts says which is which).
import type { Resolvers } from '../generated/resolvers-types.ts';
import { boundedFirst } from '../limits/list-bounds.ts';

/** The parent's `property`, cut to the field's `first`. */
const firstOf =
  <K extends string>(coordinate: string, property: K) =>
  (parent: { [key in K]: readonly unknown[] }, args: { first?: number | null }) =>
    parent[property].slice(0, boundedFirst(coordinate, args.first));

export const answerBoundResolvers: Resolvers = {
  GraphPayload: { edges: firstOf('GraphPayload.edges', 'edges') },
  PathStep: { links: firstOf('PathStep.links', 'links') },
  Broker: { hubsReached: firstOf('Broker.hubsReached', 'hubsReached') },
  CommunityPartition: { communities: firstOf('CommunityPartition.communities', 'communities') },
  Community: { memberIds: firstOf('Community.memberIds', 'memberIds') },
  DensityMatrix: {
    groups: firstOf('DensityMatrix.groups', 'groups'),
    cells: firstOf('DensityMatrix.cells', 'cells'),
  },
  ImportReport: { problems: firstOf('ImportReport.problems', 'problems') },
} as Resolvers;
