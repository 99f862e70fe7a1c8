// graph(filter, limit): the filtered network as a Cytoscape payload, bounded with a truthful truncated flag, compared
// with the same network read straight from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linkPasses,
  organizationPasses,
  readNetwork,
  type OracleFilter,
  type OracleNetwork,
} from '../../test/network-oracle.ts';
import { createTestApp } from '../../test/test-app.ts';

const testApp = createTestApp();
let network: OracleNetwork;
beforeAll(async () => {
  network = await readNetwork(testApp.db);
});
afterAll(() => testApp.close());

interface Payload {
  graph: {
    nodes: Array<{
      id: string;
      label: string;
      kind: string;
      hub: string | null;
      sector: string | null;
      degree: number;
      distance: number | null;
    }>;
    edges: Array<{ id: string; source: string; target: string; kind: string; since: string; until: string | null }>;
    truncated: boolean;
  };
}
const GRAPH = `query($filter: NetworkFilter, $limit: Int) {
  graph(filter: $filter, limit: $limit) {
    nodes { id label labelEn kind hub sector synthetic degree distance }
    edges { id source target kind since until weight title }
    truncated
  }
}`;

async function graph(variables: Record<string, unknown>): Promise<Payload['graph']> {
  const result = await testApp.graphql<Payload>(GRAPH, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.graph;
}

describe('graph', () => {
  it('returns the whole sample network: ≥ 100 organisations, ≥ 400 links, untruncated (explorer’s query)', async () => {
    const result = await testApp.graphql<Payload>(
      `query($limit: Int) { graph(limit: $limit) { nodes { id label labelEn kind hub synthetic } edges { id
        source target kind since until weight } truncated } }`,
      {},
    );
    expect(result.errors).toBeUndefined();
    const { nodes, edges, truncated } = result.data!.graph;
    expect(nodes.length).toBeGreaterThanOrEqual(100);
    expect(edges.length).toBeGreaterThanOrEqual(400);
    expect(truncated).toBe(false);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(edges.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.since ?? ''))).toBe(true);
  });

  it('cuts at the limit, best-connected first, keeps only edges among the nodes, says it was truncated', async () => {
    const { nodes, edges, truncated } = await graph({ limit: 10 });
    expect(nodes).toHaveLength(10);
    expect(truncated).toBe(true);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const degrees = nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(nodes.every((n) => n.distance === null)).toBe(true);
  });

  it.each<[string, OracleFilter]>([
    ['hospitals and universities', { orgKinds: ['HOSPITAL', 'UNIVERSITY', 'RESEARCH_INSTITUTE'] }],
    ['Baegot and the Smart Hub as of mid-2021', { hubs: ['HUB-BAEGOT', 'HUB-SMARTHUB'], asOf: '2021-06-30' }],
    [
      'joint R&D and clinical trials in two sectors',
      { linkKinds: ['JOINT_RD', 'CLINICAL_TRIAL'], sectors: ['SEC-CGT', 'SEC-ANTIBODY'] },
    ],
    ['the network of 2015', { asOf: '2015-01-01' }],
  ])('returns the filtered network (%s) as it is stored', async (_, filter) => {
    const { nodes, edges, truncated } = await graph({ filter, limit: 5000 });
    expect(truncated).toBe(false);
    const expectedIds = [...network.organizations.values()]
      .filter((o) => organizationPasses(o, filter))
      .map((o) => o.id);
    expect(nodes.map((n) => n.id).sort()).toEqual(expectedIds.sort());
    const members = new Set(expectedIds);
    const expectedLinks = network.links.filter(
      (l) => members.has(l.from) && members.has(l.to) && linkPasses(l, filter),
    );
    expect(edges.map((e) => e.id).sort()).toEqual(expectedLinks.map((l) => l.id).sort());
    for (const node of nodes) {
      expect(node.degree, node.id).toBe(expectedLinks.filter((l) => l.from === node.id || l.to === node.id).length);
    }
  });

  it('is truncated only when more organisations pass the filter than the limit', async () => {
    const filter = { orgKinds: ['HOSPITAL', 'UNIVERSITY'] };
    const count = [...network.organizations.values()].filter((o) => organizationPasses(o, filter)).length;
    expect((await graph({ filter, limit: count })).truncated).toBe(false);
    const cut = await graph({ filter, limit: count - 1 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(count - 1);
  });

  it.each([
    [{ limit: 0 }, 'BAD_USER_INPUT', 'limit'],
    [{ limit: -1 }, 'BAD_USER_INPUT', 'limit'],
    [{ limit: 5001 }, 'BAD_USER_INPUT', 'limit'],
    [{ filter: { asOf: '2021-6-30' } }, 'BAD_USER_INPUT', 'filter.asOf'],
    [{ filter: { orgKinds: [] } }, 'BAD_USER_INPUT', 'filter.orgKinds'],
    [{ filter: { hubs: ['HUB-BAEGOT', 'HUB-ATLANTIS'] } }, 'NOT_FOUND', 'filter.hubs'],
    [{ filter: { sectors: ['SEC-NOTHING'] } }, 'NOT_FOUND', 'filter.sectors'],
  ])('rejects %o with %s naming %s', async (variables, code, argument) => {
    const result = await testApp.graphql(GRAPH, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument });
    expect(result.data).toBeNull();
  });
});
