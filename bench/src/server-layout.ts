// Positions computed on the server: graphology's ForceAtlas2 (Barnes–Hut past 1,000 nodes), what the API could
// compute once per view and cache, for the explorer to place with Cytoscape's preset layout instead of running fcose.
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { FixturePayload } from './explorer-fixture.ts';

export const FORCE_ATLAS_ITERATIONS = 100;

interface ForceAtlas2 {
  (graph: UndirectedGraph, options: { iterations: number; settings: object }): Record<string, { x: number; y: number }>;
  inferSettings(graph: UndirectedGraph): object;
}
// A CommonJS module whose typings do not resolve as a default import under NodeNext.
const forceAtlas2 = forceAtlas2Module as unknown as ForceAtlas2;

export function forceAtlasPositions(payload: FixturePayload): Record<string, { x: number; y: number }> {
  const graph = new UndirectedGraph();
  // Deterministic start on a spiral (ForceAtlas2 needs a start position and must not start with coincident nodes).
  payload.nodes.forEach((node, index) =>
    graph.addNode(node.id, { x: Math.sqrt(index) * Math.cos(index), y: Math.sqrt(index) * Math.sin(index) }),
  );
  for (const edge of payload.edges)
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 };
  const positions = forceAtlas2(graph, { iterations: FORCE_ATLAS_ITERATIONS, settings });
  // Scaled to the explorer's idea of distance (fcose's ideal edge length is 80).
  const result: Record<string, { x: number; y: number }> = {};
  for (const [id, position] of Object.entries(positions)) result[id] = { x: position.x * 10, y: position.y * 10 };
  return result;
}
