// Checks the API export addresses (scoped by the view's server-side filters and date) and their file names.
import { describe, expect, it } from 'vitest';
import { createDefaultState } from '../state/app-state';
import { exportFileName, exportUrl } from './export-links';

describe('exportUrl', () => {
  it('links the whole network when nothing is filtered', () => {
    expect(exportUrl('graph.gexf', createDefaultState().filters, null)).toBe('/export/graph.gexf');
    expect(exportUrl('nodes.csv', createDefaultState().filters, null)).toBe('/export/nodes.csv');
  });

  it('carries kinds, hubs, link kinds and the as-of date', () => {
    const filters = {
      orgKinds: ['COMPANY' as const],
      hubs: ['HUB-BAEGOT', 'HUB-JEONGWANG'],
      linkKinds: ['MOU' as const],
      yearFrom: 2020,
      yearTo: null,
    };
    expect(exportUrl('graph.graphml', filters, '2024-12-31')).toBe(
      '/export/graph.graphml?orgKinds=COMPANY&hubs=HUB-BAEGOT,HUB-JEONGWANG&linkKinds=MOU&asOf=2024-12-31',
    );
  });
});

describe('exportFileName', () => {
  it("is the API's name, with the as-of date before the extension when there is one", () => {
    expect(exportFileName('graph.gexf', null)).toBe('siheung-graph.gexf');
    expect(exportFileName('edges.csv', '2024-12-31')).toBe('siheung-edges-2024-12-31.csv');
  });
});
