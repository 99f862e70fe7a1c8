// No N+1: a page of organisations with nested hub, capabilities and partners costs the same number of
// database queries for 5 organisations as for 50.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

// Admin: a page of 50 organisations with partners and their links costs more than a staff budget.
const testApp = createTestApp({ role: 'admin' });
afterAll(() => testApp.close());

const PAGE = `query($first: Int) {
  organizations(first: $first, orderBy: { field: DEGREE, direction: DESC }) {
    totalCount
    edges { node {
      id name hub { id name }
      capabilities { id name broader { id name } }
      needs { priority capability { id } }
      partners { kinds years organization { id name hub { id } } links { id kind since from { id } } }
      events { role event { id program { id } } }
    } }
  }
}`;

async function queriesFor(first: number): Promise<{ count: number; organizations: number; partners: number }> {
  testApp.resetQueryCount();
  const result = await testApp.graphql<{ organizations: { edges: Array<{ node: { partners: unknown[] } }> } }>(PAGE, {
    first,
  });
  expect(result.errors).toBeUndefined();
  const edges = result.data!.organizations.edges;
  return {
    count: testApp.queryCount(),
    organizations: edges.length,
    partners: edges.reduce((sum, edge) => sum + edge.node.partners.length, 0),
  };
}

describe('query count', () => {
  it('is the same for a page of 5 and a page of 50 organisations (one query per nested level)', async () => {
    const small = await queriesFor(5);
    const large = await queriesFor(50);
    const again = await queriesFor(50);
    expect(again.count).toBe(large.count);
    expect(large.organizations).toBe(50);
    expect(large.partners).toBeGreaterThan(100);
    expect(large.count).toBe(small.count);
    // One batch per loader per level of the response (page; hubs, capabilities, needs, links, attendance;
    // then broader and needed capabilities, events; then their hubs and programmes). The partner organisations come
    // with the links (organization-collaborations), no longer a batch of their own: one query fewer than 14.
    expect(large.count).toBeLessThanOrEqual(13);
    console.log(
      `query-count: ${small.count} queries for 5 organisations, ${large.count} for 50 (${large.partners} partners)`,
    );
  });
});
