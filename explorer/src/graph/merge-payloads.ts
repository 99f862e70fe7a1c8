// Joins graph payloads (a neighbourhood and the ones expanded from it) into one, each node and edge once.
import type { GraphPayload } from '../api/api-types';

/** The first payload's record of a node or edge wins: it carries the distances from the view's centre. */
export function mergePayloads(payloads: readonly GraphPayload[]): GraphPayload {
  const nodes = new Map<string, GraphPayload['nodes'][number]>();
  const edges = new Map<string, GraphPayload['edges'][number]>();
  let truncated = false;
  for (const payload of payloads) {
    truncated ||= payload.truncated;
    for (const node of payload.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of payload.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
