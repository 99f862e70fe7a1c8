// Query.graph: the bounded network as a Cytoscape-ready payload.
import type { AppContext } from '../app/context.ts';
import { intInRange } from './arguments.ts';

async function graph(_: unknown, args: { limit?: number | null }, { db }: AppContext): Promise<unknown> {
  const limit = intInRange('limit', args.limit, 1, 5000, 2000);
  const [row] = await db.read('graph-overview', { limit });
  const nodes = (row?.nodes ?? []) as unknown[];
  return { nodes, edges: row?.edges ?? [], truncated: Number(row?.total ?? 0) > nodes.length };
}

export const graphResolvers = { Query: { graph } };
