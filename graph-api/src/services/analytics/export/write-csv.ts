// The network as two CSV files in the shape Gephi's spreadsheet import and pandas/networkx read: nodes.csv (Id, Label,
// …) and edges.csv (Source, Target, Type, Weight, …). RFC 4180 quoting; cells that a spreadsheet would run as a
// formula get the product's one escape (@siheung/core's escapeFormula), as every CSV the product writes.
import { escapeFormula } from '@siheung/core/formula-escape';
import type { NetworkGraph } from '../network-model.ts';

const quote = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

function cell(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : quote(escapeFormula(value));
}

const row = (values: ReadonlyArray<string | number | null>): string => `${values.map(cell).join(',')}\r\n`;

export function writeNodesCsv(graph: NetworkGraph): string {
  let text = row(['Id', 'Label', 'labelEn', 'kind', 'hub', 'sector', 'founded']);
  graph.forEachNode((node, a) => (text += row([node, a.label, a.labelEn, a.kind, a.hub, a.sector, a.founded])));
  return text;
}

export function writeEdgesCsv(graph: NetworkGraph): string {
  let text = row(['Source', 'Target', 'Type', 'Weight', 'kinds', 'since']);
  graph.forEachEdge(
    (_edge, a, source, target) => (text += row([source, target, 'Undirected', a.weight, a.kinds.join(';'), a.since])),
  );
  return text;
}
