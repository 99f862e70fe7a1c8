// Turns the API's graph payload into Cytoscape element definitions, labelled in the chosen language.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload, LinkKind, OrgKind } from '../api/schema-types';
import type { Language } from '../i18n/language';

export interface OrgNodeData {
  id: string;
  label: string;
  kind: OrgKind;
  hub: string | null;
  synthetic: boolean;
}

export interface LinkEdgeData {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
  since: string | null;
  until: string | null;
  weight: number;
}

/** The label in the chosen language, falling back to the other one when it is blank. */
export function nodeLabel(node: Pick<GraphNode, 'label' | 'labelEn'>, language: Language): string {
  const [first, second] = language === 'en' ? [node.labelEn, node.label] : [node.label, node.labelEn];
  return first.trim() !== '' ? first : second;
}

/**
 * Nodes first, then edges. Cytoscape refuses an edge whose end is missing and a second element
 * with the same id, so a truncated payload's dangling edges and any duplicates are left out here
 * rather than breaking the whole drawing.
 */
export function toElements(payload: GraphPayload, language: Language): ElementDefinition[] {
  const ids = new Set<string>();
  const elements: ElementDefinition[] = [];

  for (const node of payload.nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    const data: OrgNodeData = {
      id: node.id,
      label: nodeLabel(node, language),
      kind: node.kind,
      hub: node.hub,
      synthetic: node.synthetic,
    };
    elements.push({ group: 'nodes', data });
  }

  const nodeIds = new Set(ids);
  for (const edge of payload.edges) {
    if (ids.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    ids.add(edge.id);
    elements.push({ group: 'edges', data: edgeData(edge) });
  }
  return elements;
}

function edgeData(edge: GraphEdge): LinkEdgeData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
    since: edge.since,
    until: edge.until,
    weight: edge.weight,
  };
}

/**
 * A key that changes only when the set of nodes and edges changes, not their labels: the canvas
 * re-runs the layout on this, so switching language keeps every node where it is.
 */
export function structureKey(elements: readonly ElementDefinition[]): string {
  return elements
    .map((element) => element.data.id ?? '')
    .sort()
    .join('\n');
}
