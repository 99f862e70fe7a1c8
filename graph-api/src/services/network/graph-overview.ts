// The filtered network, bounded: its best-connected organisations and the links among them.
import type { QueryRunner } from '@siheung/core/db';
import type { GraphEdge, GraphNode, GraphPayload } from '../../generated/resolvers-types.ts';
import type { NetworkParams } from '../../validation/network-params.ts';

export async function graphOverview(tx: QueryRunner, network: NetworkParams, limit: number): Promise<GraphPayload> {
  const [row] = await tx.run('graph-overview', { ...network, limit });
  const nodes = (row?.nodes ?? []) as GraphNode[];
  return { nodes, edges: (row?.edges ?? []) as GraphEdge[], truncated: Number(row?.total ?? 0) > nodes.length };
}
