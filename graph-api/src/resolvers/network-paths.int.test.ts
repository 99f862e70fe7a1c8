// collaborationPaths(from, to, maxHops, linkKinds, asOf, k) against the real Neo4j: for many seeded-random pairs,
// the same hop counts as breadth-first search and path enumeration computed in the test over the same data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adjacency,
  distances,
  kShortestLengths,
  linkPasses,
  readNetwork,
  type OracleFilter,
  type OracleNetwork,
} from '../../test/network-oracle.ts';
import { deleteFixture, loadFixture } from '../../test/fixtures/network-fixture.ts';
import { createTestApp } from '../../test/test-app.ts';
import { mulberry32 } from '@siheung/core/random';

const PREFIX = 'T-PTH-';
const testApp = createTestApp();
let network: OracleNetwork;

// Two organisations linked only to each other: unreachable from the sample network.
beforeAll(async () => {
  await deleteFixture(testApp.db, PREFIX);
  await loadFixture(
    testApp.db,
    [{ id: `${PREFIX}X` }, { id: `${PREFIX}Y` }],
    [{ id: `${PREFIX}L-XY`, from: `${PREFIX}X`, to: `${PREFIX}Y` }],
  );
  network = await readNetwork(testApp.db);
});

afterAll(async () => {
  await deleteFixture(testApp.db, PREFIX);
  await testApp.close();
});

interface Link {
  id: string;
  kind: string;
  since: string;
  until: string | null;
  source: string;
  from: { id: string };
  to: { id: string };
}
interface Path {
  length: number;
  organizations: Array<{ id: string; name: string }>;
  steps: Array<{ from: { id: string }; to: { id: string }; links: Link[] }>;
}

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $linkKinds: [LinkKind!], $asOf: String, $k: Int) {
  collaborationPaths(from: $from, to: $to, maxHops: $maxHops, linkKinds: $linkKinds, asOf: $asOf, k: $k) {
    length
    organizations { id name }
    steps { from { id } to { id } links { id kind since until source from { id } to { id } } }
  }
}`;

interface Case {
  from: string;
  to: string;
  maxHops: number;
  k: number;
  linkKinds?: string[];
  asOf?: string;
}

async function paths(variables: Case): Promise<Path[]> {
  const result = await testApp.graphql<{ collaborationPaths: Path[] }>(PATHS, { ...variables });
  expect(result.errors, JSON.stringify(variables)).toBeUndefined();
  return result.data!.collaborationPaths;
}

const VARIANTS: Array<Omit<Case, 'from' | 'to'>> = [
  { maxHops: 6, k: 3 },
  { maxHops: 6, k: 5, linkKinds: ['JOINT_RD', 'CLINICAL_TRIAL'] },
  { maxHops: 4, k: 2, asOf: '2019-06-30' },
  { maxHops: 2, k: 5 },
  { maxHops: 5, k: 4, linkKinds: ['INVESTMENT', 'TECH_TRANSFER'], asOf: '2024-01-01' },
];

function randomCases(count: number): Case[] {
  const next = mulberry32(20250610);
  const ids = [...network.organizations.keys()].sort();
  const cases: Case[] = [];
  while (cases.length < count) {
    const from = ids[Math.floor(next() * ids.length)]!;
    const to = ids[Math.floor(next() * ids.length)]!;
    if (from !== to) cases.push({ from, to, ...VARIANTS[cases.length % VARIANTS.length]! });
  }
  return cases;
}

/**
 * Every path runs from `from` to `to` through distinct organisations, each hop backed by links that pass the filter.
 */
function expectWellFormed(found: Path[], c: Case, label = ''): void {
  const filter: OracleFilter = {
    ...(c.linkKinds ? { linkKinds: c.linkKinds } : {}),
    ...(c.asOf ? { asOf: c.asOf } : {}),
  };
  expect(new Set(found.map((p) => p.organizations.map((o) => o.id).join('>'))).size).toBe(found.length);
  found.forEach((path, index) => {
    if (index > 0) expect(path.length).toBeGreaterThanOrEqual(found[index - 1]!.length);
    const ids = path.organizations.map((o) => o.id);
    expect(ids[0]).toBe(c.from);
    expect(ids.at(-1)).toBe(c.to);
    expect(new Set(ids).size, `${label} ${ids.join('>')}`).toBe(ids.length);
    expect(path.length).toBe(ids.length - 1);
    expect(path.length).toBeLessThanOrEqual(c.maxHops);
    path.steps.forEach((step, i) => {
      expect([step.from.id, step.to.id]).toEqual([ids[i], ids[i + 1]]);
      expect(step.links.length).toBeGreaterThan(0);
      for (const link of step.links) {
        expect(new Set([link.from.id, link.to.id])).toEqual(new Set([step.from.id, step.to.id]));
        expect(linkPasses(link, filter)).toBe(true);
        expect(link.source.length).toBeGreaterThan(0);
      }
    });
  });
}

describe('collaborationPaths', () => {
  it('has the hop counts of breadth-first search and path enumeration for 40 random pairs', async () => {
    const cases = [...randomCases(40), { from: 'ORG-SNUH', to: `${PREFIX}X`, maxHops: 6, k: 3 }];
    let reachable = 0;
    let unreachable = 0;
    for (const c of cases) {
      const filter: OracleFilter = {
        ...(c.linkKinds ? { linkKinds: c.linkKinds } : {}),
        ...(c.asOf ? { asOf: c.asOf } : {}),
      };
      const graph = adjacency(network, filter);
      const hops = distances(graph, c.from, c.maxHops).get(c.to);
      const found = await paths(c);
      const label = JSON.stringify(c);
      if (hops === undefined) {
        expect(found, label).toEqual([]);
        unreachable += 1;
        continue;
      }
      reachable += 1;
      expect(found[0]?.length, label).toBe(hops);
      expect(
        found.map((p) => p.length),
        label,
      ).toEqual(kShortestLengths(graph, c.from, c.to, c.k, c.maxHops));
      expectWellFormed(found, c, label);
    }
    // The cases cover both answers.
    expect(reachable).toBeGreaterThan(15);
    expect(unreachable).toBeGreaterThan(4);
  });

  it('gives every link between two organisations as evidence, oldest first', async () => {
    const [path] = await paths({ from: 'ORG-GYEONGGI', to: 'ORG-SNU-SIHEUNG', maxHops: 1, k: 1 });
    const expected = network.links.filter(
      (l) =>
        new Set([l.from, l.to]).size === 2 &&
        [l.from, l.to].sort().join() === ['ORG-GYEONGGI', 'ORG-SNU-SIHEUNG'].sort().join(),
    );
    expect(path!.steps[0]!.links.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
    const since = path!.steps[0]!.links.map((l) => l.since);
    expect(since).toEqual([...since].sort());
    expect(path!.steps[0]!.links[0]).toMatchObject({
      id: 'LNK-20100209-GYEONGGI-SNU',
      kind: 'MOU',
      since: '2010-02-09',
      source: 'siheung.snu.ac.kr',
    });
  });

  it('costs one statement per round of the search plus one for the links and organisations of the paths', async () => {
    testApp.resetQueryCount();
    const found = await paths({ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', maxHops: 6, k: 3 });
    expect(found).toHaveLength(3);
    // Three searches (k = 3), then paths-evidence; no separate check of the ids (a path found proves them).
    expect(testApp.queryCount()).toBe(4);
  });

  it('answers an empty list when no path is short enough or none exists', async () => {
    expect(await paths({ from: 'ORG-SNUH', to: `${PREFIX}Y`, maxHops: 6, k: 5 })).toEqual([]);
    expect(await paths({ from: `${PREFIX}X`, to: `${PREFIX}Y`, maxHops: 1, k: 3, asOf: '2019-12-31' })).toEqual([]);
    const [only] = await paths({ from: `${PREFIX}X`, to: `${PREFIX}Y`, maxHops: 1, k: 3 });
    expect(only).toMatchObject({ length: 1, organizations: [{ id: `${PREFIX}X` }, { id: `${PREFIX}Y` }] });
  });

  it.each([
    [{ from: 'NO-SUCH-ORG', to: 'ORG-SNUH' }, 'NOT_FOUND', 'from'],
    [{ from: 'ORG-SNUH', to: 'NO-SUCH-ORG' }, 'NOT_FOUND', 'to'],
    [{ from: 'ORG-SNUH', to: 'ORG-SNUH' }, 'BAD_USER_INPUT', 'to'],
    [{ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', maxHops: 50 }, 'BAD_USER_INPUT', 'maxHops'],
    [{ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', maxHops: 0 }, 'BAD_USER_INPUT', 'maxHops'],
    [{ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', k: 9 }, 'BAD_USER_INPUT', 'k'],
    [{ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', k: 0 }, 'BAD_USER_INPUT', 'k'],
    [{ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', asOf: '2024-13-01' }, 'BAD_USER_INPUT', 'asOf'],
    [{ from: 'ORG-SNUH', to: 'ORG-GYEONGGI', linkKinds: [] }, 'BAD_USER_INPUT', 'linkKinds'],
  ])('rejects %o with %s naming %s', async (variables, code, argument) => {
    const result = await testApp.graphql(PATHS, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument });
    expect(result.data).toBeNull();
  });
});
