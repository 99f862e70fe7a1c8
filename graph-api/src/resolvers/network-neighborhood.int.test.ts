// neighborhood(id, depth, filter, limit) against the real Neo4j: compared with breadth-first search in the test
// over the same data, with its own T-NBH- fixture for dates, filters and exact truncation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adjacency,
  distances,
  linkPasses,
  readNetwork,
  type OracleFilter,
  type OracleNetwork,
} from '../../test/network-oracle.ts';
import { deleteFixture, loadFixture } from '../../test/fixtures/network-fixture.ts';
import { createTestApp } from '../../test/test-app.ts';

const PREFIX = 'T-NBH-';
const testApp = createTestApp();
let network: OracleNetwork;

// C is the centre: A, B, D one hop away (B from 2022, D until 2021), E two, F three, G four.
beforeAll(async () => {
  await deleteFixture(testApp.db, PREFIX);
  const id = (name: string): string => `${PREFIX}${name}`;
  await loadFixture(
    testApp.db,
    [
      { id: id('C'), hub: 'HUB-BAEGOT' },
      { id: id('A') },
      { id: id('B'), kind: 'HOSPITAL' },
      { id: id('D') },
      { id: id('E') },
      { id: id('F'), kind: 'UNIVERSITY', hub: 'HUB-JEONGWANG' },
      { id: id('G') },
    ],
    [
      { id: id('L-CA'), from: id('C'), to: id('A'), kind: 'JOINT_RD', since: '2020-01-01' },
      { id: id('L-CA2'), from: id('A'), to: id('C'), kind: 'CO_PUBLICATION', since: '2021-09-01' },
      { id: id('L-CB'), from: id('C'), to: id('B'), kind: 'MOU', since: '2022-06-01' },
      { id: id('L-CD'), from: id('C'), to: id('D'), kind: 'SUPPLY', since: '2019-01-01', until: '2021-12-31' },
      { id: id('L-AE'), from: id('A'), to: id('E'), kind: 'JOINT_RD', since: '2020-03-01' },
      { id: id('L-BE'), from: id('B'), to: id('E'), kind: 'INVESTMENT', since: '2023-01-01' },
      { id: id('L-EF'), from: id('E'), to: id('F'), kind: 'JOINT_RD', since: '2020-05-01' },
      { id: id('L-FG'), from: id('F'), to: id('G'), kind: 'JOINT_RD', since: '2020-05-01' },
    ],
  );
  network = await readNetwork(testApp.db);
});

afterAll(async () => {
  await deleteFixture(testApp.db, PREFIX);
  await testApp.close();
});

interface Node {
  id: string;
  kind: string;
  hub: string | null;
  degree: number;
  distance: number;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  kind: string;
  since: string;
  until: string | null;
}
interface Payload {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
}

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
  neighborhood(id: $id, depth: $depth, filter: $filter, limit: $limit) {
    nodes { id label labelEn kind hub sector synthetic degree distance }
    edges { id source target kind since until weight title }
    truncated
  }
}`;

async function neighborhood(variables: Record<string, unknown>): Promise<Payload> {
  const result = await testApp.graphql<{ neighborhood: Payload }>(NEIGHBORHOOD, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.neighborhood;
}

const T = (name: string): string => `${PREFIX}${name}`;
const distanceMap = (payload: Payload): Record<string, number> =>
  Object.fromEntries(payload.nodes.map((n) => [n.id, n.distance]));

/**
 * The payload is what breadth-first search over the same data finds, and its edges are every filtered link among its
 * nodes.
 */
function expectMatchesOracle(payload: Payload, centre: string, depth: number, filter: OracleFilter): void {
  const expected = distances(adjacency(network, filter, [centre]), centre, depth);
  expect(distanceMap(payload)).toEqual(Object.fromEntries(expected));
  const ids = new Set(expected.keys());
  const links = network.links.filter((l) => ids.has(l.from) && ids.has(l.to) && linkPasses(l, filter));
  expect(payload.edges.map((e) => e.id).sort()).toEqual(links.map((l) => l.id).sort());
}

describe('neighborhood of a small fixture', () => {
  it('walks three hops, nearest first, with every link among the nodes once; says nothing was left out', async () => {
    const payload = await neighborhood({ id: T('C'), depth: 3 });
    expect(distanceMap(payload)).toEqual({
      [T('C')]: 0,
      [T('A')]: 1,
      [T('B')]: 1,
      [T('D')]: 1,
      [T('E')]: 2,
      [T('F')]: 3,
    });
    expect(payload.nodes.map((n) => n.distance)).toEqual([0, 1, 1, 1, 2, 3]);
    expect(payload.nodes[1]!.id).toBe(T('A')); // two links to the centre come first in the ring
    expect(payload.edges).toHaveLength(7);
    expect(payload.truncated).toBe(false);
    expect(payload.nodes[0]).toMatchObject({ kind: 'COMPANY', hub: 'HUB-BAEGOT', degree: 4 });
    expectMatchesOracle(payload, T('C'), 3, {});
  });

  it('is truncated exactly when organisations within the depth are left out', async () => {
    expect((await neighborhood({ id: T('C'), depth: 3, limit: 6 })).truncated).toBe(false);
    const cut = await neighborhood({ id: T('C'), depth: 3, limit: 5 });
    expect(cut.truncated).toBe(true);
    expect(distanceMap(cut)).toEqual({ [T('C')]: 0, [T('A')]: 1, [T('B')]: 1, [T('D')]: 1, [T('E')]: 2 });
    expect(cut.edges.every((e) => e.source !== T('F') && e.target !== T('F'))).toBe(true);
    expect((await neighborhood({ id: T('C'), depth: 1, limit: 4 })).truncated).toBe(false);
    expect((await neighborhood({ id: T('C'), depth: 1, limit: 3 })).truncated).toBe(true);
  });

  it('as of a date, leaves out links that began after it or ended before it', async () => {
    const in2021 = await neighborhood({ id: T('C'), depth: 3, filter: { asOf: '2021-06-01' } });
    // B's only links began in 2022 and 2023; D's ended at the end of 2021; the second C–A link began in September.
    expect(distanceMap(in2021)).toEqual({ [T('C')]: 0, [T('A')]: 1, [T('D')]: 1, [T('E')]: 2, [T('F')]: 3 });
    expect(in2021.edges.map((e) => e.id).sort()).toEqual([T('L-AE'), T('L-CA'), T('L-CD'), T('L-EF')]);
    expect(in2021.nodes[0]!.degree).toBe(2);
    const in2023 = await neighborhood({ id: T('C'), depth: 2, filter: { asOf: '2023-06-01' } });
    expect(distanceMap(in2023)).toEqual({ [T('C')]: 0, [T('A')]: 1, [T('B')]: 1, [T('E')]: 2 });
    expectMatchesOracle(in2023, T('C'), 2, { asOf: '2023-06-01' });
    const lastDay = await neighborhood({ id: T('C'), depth: 1, filter: { asOf: '2021-12-31' } });
    expect(lastDay.nodes.map((n) => n.id)).toContain(T('D'));
  });

  it('filters by link kind, organisation kind and hub, but always keeps the centre', async () => {
    const joint = await neighborhood({ id: T('C'), depth: 3, filter: { linkKinds: ['JOINT_RD'] } });
    expect(distanceMap(joint)).toEqual({ [T('C')]: 0, [T('A')]: 1, [T('E')]: 2, [T('F')]: 3 });
    const companies = await neighborhood({ id: T('C'), depth: 3, filter: { orgKinds: ['COMPANY'] } });
    expect(Object.keys(distanceMap(companies)).sort()).toEqual([T('A'), T('C'), T('D'), T('E')]);
    const jeongwang = await neighborhood({ id: T('C'), depth: 3, filter: { hubs: ['HUB-JEONGWANG'] } });
    expect(jeongwang).toEqual({
      nodes: [expect.objectContaining({ id: T('C'), distance: 0, degree: 0 })],
      edges: [],
      truncated: false,
    });
  });
});

describe('neighborhood in the sample network', () => {
  it('cuts a hub organisation with many links at the limit, nearest first, and says so', async () => {
    const centre = 'ORG-SIHEUNG-IPA';
    const expected = distances(adjacency(network, {}, [centre]), centre, 2);
    const ring1 = [...expected].filter(([, d]) => d === 1).map(([id]) => id);
    const ring2 = [...expected].filter(([, d]) => d === 2).map(([id]) => id);
    expect(ring1.length).toBeGreaterThan(20);
    expect(ring2.length).toBeGreaterThan(3);

    const small = await neighborhood({ id: centre, depth: 2, limit: 10 });
    expect(small.nodes).toHaveLength(10);
    expect(small.truncated).toBe(true);
    expect(small.nodes.map((n) => n.distance)).toEqual([0, ...Array(9).fill(1)]);
    expect(small.nodes.slice(1).every((n) => ring1.includes(n.id))).toBe(true);

    const limit = 1 + ring1.length + 3;
    const intoRing2 = await neighborhood({ id: centre, depth: 2, limit });
    expect(intoRing2.nodes).toHaveLength(limit);
    expect(intoRing2.truncated).toBe(true);
    expect(
      intoRing2.nodes
        .filter((n) => n.distance === 1)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...ring1].sort());
    expect(intoRing2.nodes.filter((n) => n.distance === 2).every((n) => ring2.includes(n.id))).toBe(true);

    const whole = await neighborhood({ id: centre, depth: 2, limit: 1000 });
    expect(whole.truncated).toBe(false);
    expectMatchesOracle(whole, centre, 2, {});
  });

  it.each([
    ['ORG-SNUH', 2, { linkKinds: ['CLINICAL_TRIAL', 'JOINT_RD'], asOf: '2022-01-01' }],
    ['ORG-SNU-SIHEUNG', 3, { orgKinds: ['COMPANY', 'UNIVERSITY', 'HOSPITAL'], asOf: '2019-06-30' }],
    ['SYN-CO-001', 3, { hubs: ['HUB-BAEGOT', 'HUB-SMARTHUB'] }],
    [
      'ORG-TUKOREA',
      2,
      { linkKinds: ['SUPPLY', 'TECH_TRANSFER', 'MOU'], orgKinds: ['COMPANY', 'PUBLIC_AGENCY', 'SUPPORT_ORG'] },
    ],
  ])('finds what breadth-first search finds around %s (depth %i, filter %o)', async (centre, depth, filter) => {
    const payload = await neighborhood({ id: centre, depth, filter, limit: 1000 });
    expect(payload.truncated).toBe(false);
    expectMatchesOracle(payload, centre, depth, filter);
    expect(payload.edges.every((e) => linkPasses(e, filter))).toBe(true);
  });

  it('answers with one database query', async () => {
    testApp.resetQueryCount();
    await neighborhood({ id: 'ORG-SNUH', depth: 3, limit: 500 });
    expect(testApp.queryCount()).toBe(1);
  });
});

describe('neighborhood: bad arguments', () => {
  it.each([
    [{ id: 'NO-SUCH-ORG' }, 'NOT_FOUND', 'id'],
    [{ id: 'ORG-SNUH', depth: 9 }, 'BAD_USER_INPUT', 'depth'],
    [{ id: 'ORG-SNUH', depth: 0 }, 'BAD_USER_INPUT', 'depth'],
    [{ id: 'ORG-SNUH', limit: 0 }, 'BAD_USER_INPUT', 'limit'],
    [{ id: 'ORG-SNUH', limit: -5 }, 'BAD_USER_INPUT', 'limit'],
    [{ id: 'ORG-SNUH', limit: 1001 }, 'BAD_USER_INPUT', 'limit'],
    [{ id: 'ORG-SNUH', filter: { asOf: '2024-02-30' } }, 'BAD_USER_INPUT', 'filter.asOf'],
    [{ id: 'ORG-SNUH', filter: { asOf: 'yesterday' } }, 'BAD_USER_INPUT', 'filter.asOf'],
    [{ id: 'ORG-SNUH', filter: { linkKinds: [] } }, 'BAD_USER_INPUT', 'filter.linkKinds'],
    [{ id: 'ORG-SNUH', filter: { hubs: ['HUB-NOWHERE'] } }, 'NOT_FOUND', 'filter.hubs'],
    [{ id: 'ORG-SNUH', filter: { sectors: ['CAP-CULTURE-MEDIA'] } }, 'NOT_FOUND', 'filter.sectors'],
  ])('rejects %o with %s naming %s', async (variables, code, argument) => {
    const result = await testApp.graphql(NEIGHBORHOOD, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument });
    expect(result.data).toBeNull();
  });
});
