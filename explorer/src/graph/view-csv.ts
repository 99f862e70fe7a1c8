// The current view as CSV (organisations and links, as drawn), safe to open in Excel: cells that would run as a
// formula get the data CLI's own escape (seed's formula-escape), and fields are quoted per RFC 4180.
import { escapeFormula } from '@siheung/core/formula-escape';
import type { GraphPayload } from '../api/api-types';

const quote = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  return quote(typeof value === 'string' ? escapeFormula(value) : String(value));
}

function table(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header.join(','), ...rows.map((row) => row.map(cell).join(','))].map((line) => `${line}\r\n`).join('');
}

/** `shown` holds the ids drawn now (hidden and out-of-time ones left out); null exports the whole payload. */
export function viewNodesCsv(payload: GraphPayload, shown: ReadonlySet<string> | null): string {
  const nodes = payload.nodes.filter((node) => shown === null || shown.has(node.id));
  return table(
    ['id', 'name', 'nameEn', 'kind', 'hub', 'sector', 'degree', 'synthetic'],
    nodes.map((node) => [
      node.id,
      node.label,
      node.labelEn,
      node.kind,
      node.hub,
      node.sector,
      node.degree,
      node.synthetic,
    ]),
  );
}

export function viewEdgesCsv(payload: GraphPayload, shown: ReadonlySet<string> | null): string {
  const edges = payload.edges.filter(
    (edge) => shown === null || (shown.has(edge.id) && shown.has(edge.source) && shown.has(edge.target)),
  );
  return table(
    ['id', 'source', 'target', 'kind', 'since', 'until', 'weight', 'title'],
    edges.map((edge) => [
      edge.id,
      edge.source,
      edge.target,
      edge.kind,
      edge.since,
      edge.until,
      edge.weight,
      edge.title,
    ]),
  );
}
