// Checks that the fcose options scale down their cost for large networks.
import { describe, expect, it } from 'vitest';
import { fcoseLayoutOptions, LARGE_GRAPH_NODES } from './layout-options';

describe('fcoseLayoutOptions', () => {
  it('animates and refines small networks, and drafts large ones without animation', () => {
    expect(fcoseLayoutOptions(50)).toMatchObject({ name: 'fcose', quality: 'default', animate: true, fit: true });
    expect(fcoseLayoutOptions(LARGE_GRAPH_NODES + 1)).toMatchObject({ quality: 'draft', animate: false });
  });
});
