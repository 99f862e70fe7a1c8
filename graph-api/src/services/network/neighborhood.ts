// An organisation's neighbourhood in the filtered network: breadth first up to a depth, nearest first, bounded.
import type { QueryRunner } from '@siheung/core/db';
import type { GraphEdge, GraphNode, GraphPayload } from '../../generated/resolvers-types.ts';
import type { NetworkParams } from '../../validation/network-params.ts';

export interface NeighborhoodRequest {
  id: string;
  depth: number;
  limit: number;
  network: NetworkParams;
}

/** The payload, or null when the centre does not exist. */
export async function neighborhood(
  tx: QueryRunner,
  { id, depth, limit, network }: NeighborhoodRequest,
): Promise<GraphPayload | null> {
  const [row] = await tx.run('neighborhood-rings', { ...network, id, depth, limit });
  if (!row) return null;
  return {
    nodes: row.nodes as GraphNode[],
    edges: row.edges as GraphEdge[],
    truncated: Number(row.reached) > limit,
  };
}
