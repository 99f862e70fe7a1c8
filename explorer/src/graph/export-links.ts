// The API's whole-network exports for Gephi, networkx and spreadsheets, scoped like the view (kinds, hubs, link
// kinds, date): their addresses and the names they are saved under.
import type { NetworkFilters } from '../state/app-state';

/** The files under /export/ (graph-api/src/services/analytics/export/export-formats.ts). */
export const EXPORT_FILES = ['graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** Lists are comma-separated like the page's own URL; a filter left at "all" is left out. */
export function exportUrl(file: ExportFile, filters: NetworkFilters, asOf: string | null): string {
  const params = new URLSearchParams();
  if (filters.orgKinds !== null) params.set('orgKinds', filters.orgKinds.join(','));
  if (filters.hubs !== null) params.set('hubs', filters.hubs.join(','));
  if (filters.linkKinds !== null) params.set('linkKinds', filters.linkKinds.join(','));
  if (asOf !== null) params.set('asOf', asOf);
  const query = params.toString().replaceAll('%2C', ',');
  return `/export/${file}${query === '' ? '' : `?${query}`}`;
}

/** The name the file is saved under: the API's own (its content-disposition), with the date when it is as of one. */
export function exportFileName(file: ExportFile, asOf: string | null): string {
  if (asOf === null) return `siheung-${file}`;
  const dot = file.lastIndexOf('.');
  return `siheung-${file.slice(0, dot)}-${asOf}${file.slice(dot)}`;
}
