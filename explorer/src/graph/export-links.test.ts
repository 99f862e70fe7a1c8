// Checks the GEXF/GraphML links: scoped by the view's server-side filters and date.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../state/app-state';
import { exportUrl } from './export-links';

describe('exportUrl', () => {
  it('links the whole network when nothing is filtered', () => {
    expect(exportUrl('gexf', createDefaultState().filters, null)).toBe('/export/graph.gexf');
  });

  it('carries kinds, hubs, link kinds and the as-of date', () => {
    const filters = { orgKinds: ['COMPANY' as const], hubs: ['HUB-BAEGOT', 'HUB-JEONGWANG'], linkKinds: ['MOU' as const], yearFrom: 2020, yearTo: null };
    expect(exportUrl('graphml', filters, '2024-12-31')).toBe(
      '/export/graph.graphml?orgKinds=COMPANY&hubs=HUB-BAEGOT,HUB-JEONGWANG&linkKinds=MOU&asOf=2024-12-31',
    );
  });
});
