// Query.collaboration and the Collaboration type; the validated form of a CollaborationFilter.
import { notFound } from '../errors/app-errors.ts';
import type { CollaborationFilter, CollaborationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { CollaborationQuery } from '../data/create-loaders.ts';
import { isoDate, requiredId } from '../validation/arguments.ts';

/** A filter argument as the link queries take it; `argument` names it in errors (e.g. `filter`). */
export function collaborationQuery(
  argument: string,
  filter: CollaborationFilter | null | undefined,
): CollaborationQuery {
  return {
    kinds: filter?.kinds ?? null,
    asOf: isoDate(`${argument}.asOf`, filter?.asOf),
    partnerKinds: filter?.partnerKinds ?? null,
    synthetic: filter?.synthetic ?? null,
  };
}

export const collaborationQueries: QueryResolvers = {
  async collaboration(_, args, { loaders }) {
    const link = await loaders.collaboration.load(requiredId('id', args.id));
    if (!link) throw notFound('collaboration', args.id, 'id');
    return link;
  },
};

export const collaborationFields: CollaborationResolvers = {
  weight: (link) => link.weight ?? 1,
  source: (link) => link.source ?? '',
  synthetic: (link) => link.synthetic ?? false,
  from: async (link, _, { loaders }) => (await loaders.organization.load(link.fromId))!,
  to: async (link, _, { loaders }) => (await loaders.organization.load(link.toId))!,
};
