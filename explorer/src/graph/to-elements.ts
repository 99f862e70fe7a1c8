// Turns the API's graph payload into Cytoscape element definitions, labelled in the chosen language and marked
// with the view's state (centre, selection, hidden, pinned, out of time, on the highlighted path) as classes.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload, LinkKind, OrgKind } from '../api/api-types';
import { localName, type Language } from '../i18n/language';

export interface OrgNodeData {
  id: string;
  label: string;
  kind: OrgKind;
  hub: string | null;
  synthetic: boolean;
  degree: number;
  /** 0–1: the chosen centrality, scaled to the view's largest; drives size and label size. */
  size: number;
  /** A fill replacing the kind's colour (colour by community), with the class `filled`. */
  fill?: string;
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

export interface ElementMarks {
  centre?: string | null;
  selected?: string | null;
  hidden?: ReadonlySet<string>;
  pinned?: ReadonlySet<string>;
  /** Out of the as-of date or the year range: not drawn, but kept in place for when time moves on. */
  outOfTime?: ReadonlySet<string>;
  /** Organisations and links of the highlighted path; the rest of a path view is drawn fainter. */
  highlighted?: ReadonlySet<string> | null;
  sizes?: ReadonlyMap<string, number>;
  /** Fills by node id that replace the kind colours (the dashboard's colour by community). */
  fills?: ReadonlyMap<string, string> | null;
}

const DEFAULT_SIZE = 0.3;

/** The label in the chosen language, falling back to the other one when it is blank. */
export function nodeLabel(node: Pick<GraphNode, 'label' | 'labelEn'>, language: Language): string {
  return localName({ name: node.label, nameEn: node.labelEn }, language);
}

function classList(id: string, marks: ElementMarks, isNode: boolean): string {
  const classes: string[] = [];
  if (marks.hidden?.has(id)) classes.push('hidden');
  if (marks.outOfTime?.has(id)) classes.push('out-of-time');
  if (marks.highlighted) classes.push(marks.highlighted.has(id) ? 'highlighted' : 'faded');
  if (isNode) {
    if (marks.centre === id) classes.push('centre');
    if (marks.selected === id) classes.push('focus');
    if (marks.pinned?.has(id)) classes.push('pinned');
    if (marks.fills?.has(id)) classes.push('filled');
  }
  return classes.join(' ');
}

/**
 * Nodes first, then edges. Cytoscape refuses an edge whose end is missing and a second element
 * with the same id, so a truncated payload's dangling edges and any duplicates are left out here
 * rather than breaking the whole drawing.
 */
export function toElements(payload: GraphPayload, language: Language, marks: ElementMarks = {}): ElementDefinition[] {
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
      degree: node.degree,
      size: marks.sizes?.get(node.id) ?? DEFAULT_SIZE,
    };
    const fill = marks.fills?.get(node.id);
    if (fill !== undefined) data.fill = fill;
    elements.push({
      group: 'nodes',
      data,
      classes: classList(node.id, marks, true),
      locked: marks.pinned?.has(node.id) ?? false,
    });
  }

  const nodeIds = new Set(ids);
  for (const edge of payload.edges) {
    if (ids.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    ids.add(edge.id);
    elements.push({ group: 'edges', data: edgeData(edge), classes: classList(edge.id, marks, false) });
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
