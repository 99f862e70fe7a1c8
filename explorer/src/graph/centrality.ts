// Node size scores (0–1) for the chosen centrality: degree as the API counts it, or betweenness and PageRank
// computed by Cytoscape's own algorithms on the view (a headless instance, so this is a pure function).
import cytoscape from 'cytoscape';
import type { GraphPayload } from '../api/api-types';
import type { SizeMetric } from '../state/app-state';

/**
 * Above this many organisations betweenness is not offered: Cytoscape's Brandes runs in O(n·m) on the page's
 * thread and would freeze the tab (the analytics API computes it on the server instead).
 */
export const BETWEENNESS_MAX_NODES = 2000;

/** The score every node gets when size stands for nothing. */
export const UNIFORM_SCORE = 0.3;

export function isMetricAvailable(metric: SizeMetric, nodeCount: number): boolean {
  return metric !== 'betweenness' || nodeCount <= BETWEENNESS_MAX_NODES;
}

function normalised(raw: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const value of raw.values()) max = Math.max(max, value);
  const scores = new Map<string, number>();
  for (const [id, value] of raw) scores.set(id, max > 0 ? value / max : 0);
  return scores;
}

/**
 * Links between the view's nodes only, each pair once. Links are undirected in every metric of the product;
 * Cytoscape's PageRank follows edge direction, so for it each pair is given both ways.
 */
function headless(payload: GraphPayload, bothWays: boolean) {
  const ids = new Set(payload.nodes.map((node) => node.id));
  const pairs = new Set<string>();
  const edges = [];
  for (const edge of payload.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || edge.source === edge.target) continue;
    const pair = edge.source < edge.target ? `${edge.source}|${edge.target}` : `${edge.target}|${edge.source}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    edges.push({ data: { id: `p${edges.length}`, source: edge.source, target: edge.target } });
    if (bothWays) edges.push({ data: { id: `p${edges.length}`, source: edge.target, target: edge.source } });
  }
  return cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [...[...ids].map((id) => ({ data: { id } })), ...edges],
  });
}

export function centralityScores(payload: GraphPayload, metric: SizeMetric): Map<string, number> {
  if (metric === 'uniform') return new Map(payload.nodes.map((node) => [node.id, UNIFORM_SCORE]));
  // Degree is what the API counts; a metric too costly for this view falls back to it rather than freezing.
  if (metric === 'degree' || !isMetricAvailable(metric, payload.nodes.length)) {
    return normalised(new Map(payload.nodes.map((node) => [node.id, node.degree])));
  }
  const raw = new Map<string, number>();
  const cy = headless(payload, metric === 'pagerank');
  try {
    if (metric === 'betweenness') {
      const result = cy.elements().betweennessCentrality({ directed: false });
      cy.nodes().forEach((node) => {
        raw.set(node.id(), result.betweenness(node));
      });
    } else {
      const result = cy.elements().pageRank({});
      cy.nodes().forEach((node) => {
        raw.set(node.id(), result.rank(node));
      });
    }
  } finally {
    cy.destroy();
  }
  return normalised(raw);
}
