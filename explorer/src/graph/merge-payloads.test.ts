// Checks that merged payloads hold each node and edge once, the first payload's record winning.
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { mergePayloads } from './merge-payloads';

describe('mergePayloads', () => {
  it('joins payloads without repeats and keeps the first record and any truncation', () => {
    const first = sampleGraph();
    const second = sampleGraph();
    second.truncated = true;
    second.nodes = [
      { ...second.nodes[0]!, distance: 5 },
      { ...second.nodes[0]!, id: 'new', distance: 1 },
    ];
    second.edges = [{ ...second.edges[0]!, id: 'e9', source: 'snu', target: 'new' }];
    const merged = mergePayloads([first, second]);
    expect(merged.nodes.map((node) => node.id)).toEqual(['snu', 'snuh', 'acme', 'kribb', 'new']);
    expect(merged.nodes[0]!.distance).toBe(0);
    expect(merged.edges.map((edge) => edge.id)).toEqual(['e1', 'e2', 'e3', 'e9']);
    expect(merged.truncated).toBe(true);
    expect(mergePayloads([])).toEqual({ nodes: [], edges: [], truncated: false });
  });
});
