// Query.graph: the filtered, bounded network as a Cytoscape-ready payload.
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { checkIds } from '../data/check-ids.ts';
import { graphOverview } from '../services/network/graph-overview.ts';
import { intInRange } from '../validation/arguments.ts';
import { networkParams } from '../validation/network-arguments.ts';

const graph: QueryResolvers['graph'] = (_, args, { db }) => {
  const limit = intInRange('limit', args.limit, 1, 5000, 2000);
  const network = networkParams(args.filter);
  return db.readTransaction(async (tx) => {
    await checkIds(tx, [], network);
    return graphOverview(tx, network, limit);
  }, 'graph');
};

export const graphResolvers = { Query: { graph } };
