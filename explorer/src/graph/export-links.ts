// Links to the API's whole-network exports for Gephi and networkx, scoped like the view (kinds, hubs, link kinds, date).
import type { NetworkFilters } from '../state/app-state';

export type ExportFormat = 'gexf' | 'graphml';

/** Lists are comma-separated like the page's own URL; a filter left at "all" is left out. */
export function exportUrl(format: ExportFormat, filters: NetworkFilters, asOf: string | null): string {
  const params = new URLSearchParams();
  if (filters.orgKinds !== null) params.set('orgKinds', filters.orgKinds.join(','));
  if (filters.hubs !== null) params.set('hubs', filters.hubs.join(','));
  if (filters.linkKinds !== null) params.set('linkKinds', filters.linkKinds.join(','));
  if (asOf !== null) params.set('asOf', asOf);
  const query = params.toString().replaceAll('%2C', ',');
  return `/export/graph.${format}${query === '' ? '' : `?${query}`}`;
}
