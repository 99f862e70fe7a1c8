// Query.neighborhood and Query.collaborationPaths: walks of the collaboration network from one organisation.
import { badUserInput, notFound } from '../errors/app-errors.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import type { OrganizationRow } from '../data/rows.ts';
import { checkIds } from '../data/check-ids.ts';
import { collaborationPaths as findPaths } from '../services/network/collaboration-paths.ts';
import { neighborhood as findNeighborhood } from '../services/network/neighborhood.ts';
import { intInRange, isoDate, requiredId } from '../validation/arguments.ts';
import { networkParams, nonEmptyList } from '../validation/network-arguments.ts';

const neighborhood: QueryResolvers['neighborhood'] = (_, args, { db }) => {
  const id = requiredId('id', args.id);
  const depth = intInRange('depth', args.depth, 1, 3, 1);
  const limit = intInRange('limit', args.limit, 1, 1000, 200);
  const network = networkParams(args.filter);
  return db.readTransaction(async (tx) => {
    await checkIds(tx, [], network);
    const payload = await findNeighborhood(tx, { id, depth, limit, network });
    if (!payload) throw notFound('organization', id, 'id');
    return payload;
  }, 'neighborhood');
};

const collaborationPaths: QueryResolvers['collaborationPaths'] = async (_, args, { db, loaders }) => {
  const from = requiredId('from', args.from);
  const to = requiredId('to', args.to);
  if (to === from) throw badUserInput('to', 'must be a different organisation from `from`');
  const request = {
    from,
    to,
    maxHops: intInRange('maxHops', args.maxHops, 1, 6, 6),
    k: intInRange('k', args.k, 1, 5, 3),
    linkKinds: nonEmptyList('linkKinds', args.linkKinds),
    asOf: isoDate('asOf', args.asOf),
  };
  const { paths, organizations } = await db.readTransaction(async (tx) => {
    const found = await findPaths(tx, request);
    // A path found proves both ends exist; only without one may an end be unknown (NOT_FOUND naming it).
    if (found.paths.length === 0)
      await checkIds(
        tx,
        [
          { argument: 'from', id: from },
          { argument: 'to', id: to },
        ],
        { hubs: null, sectors: null },
      );
    return found;
  }, 'collaborationPaths');
  // The organisations on the paths came with their links: later look-ups of them in this request ask nothing more.
  for (const [id, row] of organizations) loaders.organization.prime(id, row);
  const organization = (id: string): OrganizationRow => {
    const row = organizations.get(id);
    if (!row) throw new Error(`network-resolvers: organisation ${id} vanished while its path was read`);
    return row;
  };
  return paths.map((path) => ({
    length: path.hops.length,
    organizations: path.ids.map(organization),
    steps: path.hops.map((hop) => ({ from: organization(hop.fromId), to: organization(hop.toId), links: hop.links })),
  }));
};

export const networkResolvers = { Query: { neighborhood, collaborationPaths } };
