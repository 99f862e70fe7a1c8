// graph(limit): the network as a Cytoscape payload, bounded with a truthful truncated flag.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

const testApp = createTestApp();
afterAll(() => testApp.close());

interface Payload {
  graph: {
    nodes: Array<{ id: string; label: string; kind: string }>;
    edges: Array<{ id: string; source: string; target: string; kind: string; since: string | null }>;
    truncated: boolean;
  };
}
const GRAPH = `query($limit: Int) { graph(limit: $limit) { nodes { id label labelEn kind hub synthetic } edges { id source target kind since until weight } truncated } }`;

describe('graph', () => {
  it('returns the whole sample network: ≥ 100 organisations, ≥ 400 links, not truncated', async () => {
    const result = await testApp.graphql<Payload>(GRAPH, {});
    expect(result.errors).toBeUndefined();
    const { nodes, edges, truncated } = result.data!.graph;
    expect(nodes.length).toBeGreaterThanOrEqual(100);
    expect(edges.length).toBeGreaterThanOrEqual(400);
    expect(truncated).toBe(false);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(edges.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.since ?? ''))).toBe(true);
  });

  it('cuts at the limit, keeps only edges among the returned nodes and says it was truncated', async () => {
    const result = await testApp.graphql<Payload>(GRAPH, { limit: 10 });
    const { nodes, edges, truncated } = result.data!.graph;
    expect(nodes).toHaveLength(10);
    expect(truncated).toBe(true);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('rejects a limit out of range', async () => {
    const result = await testApp.graphql(GRAPH, { limit: 0 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
  });
});
