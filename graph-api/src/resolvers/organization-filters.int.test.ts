// organizations(filter, orderBy): every filter and sort key against the sample data, and bad arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@siheung/seed';
import { createTestApp } from '../../test/test-app.ts';
import { byCodePoint, sampleDataset } from '../../test/sample-dataset.ts';

const testApp = createTestApp({ role: 'staff' });
let data: Dataset;
beforeAll(async () => {
  data = await sampleDataset();
});
afterAll(() => testApp.close());

const PAGE = `query($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String,
  $search: String) {
  organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after, search: $search) {
    totalCount edges { cursor node { id name nameEn founded employees degree } } pageInfo { hasNextPage endCursor }
  }
}`;
type Node = {
  id: string;
  name: string;
  nameEn: string;
  founded: number | null;
  employees: number | null;
  degree: number;
};
type Page = {
  organizations: {
    totalCount: number;
    edges: Array<{ node: Node }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

async function all(variables: Record<string, unknown>): Promise<{ totalCount: number; nodes: Node[] }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const result: { data?: Page | null; errors?: unknown } = await testApp.graphql<Page>(PAGE, {
      ...variables,
      first: 100,
      after,
    });
    expect(result.errors).toBeUndefined();
    const page: Page['organizations'] = result.data!.organizations;
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  expect(nodes).toHaveLength(totalCount);
  return { totalCount, nodes };
}

const ids = (nodes: Node[]) => nodes.map((node) => node.id).sort();

/** The ids of a capability and everything under it in the sample taxonomy. */
function subtree(id: string): Set<string> {
  const ids = new Set([id]);
  for (let grown = true; grown;) {
    grown = false;
    for (const capability of data.capabilities) {
      if (capability.broader && ids.has(capability.broader) && !ids.has(capability.id)) {
        ids.add(capability.id);
        grown = true;
      }
    }
  }
  return ids;
}

describe('organizations filter', () => {
  it('filters by kinds, hubs, founding years and synthetic', async () => {
    const filter = {
      kinds: ['COMPANY', 'HOSPITAL'],
      hubs: ['HUB-BAEGOT', 'HUB-SMARTHUB'],
      foundedFrom: 2005,
      foundedTo: 2020,
      synthetic: true,
    };
    const { nodes } = await all({ filter });
    const expected = data.organizations.filter(
      (o) =>
        filter.kinds.includes(o.kind) &&
        o.hub !== null &&
        filter.hubs.includes(o.hub) &&
        o.founded !== null &&
        o.founded >= 2005 &&
        o.founded <= 2020 &&
        o.synthetic,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(nodes)).toEqual(expected.map((o) => o.id).sort());
  });

  it('filters by capability and need, counting narrower capabilities under a sector', async () => {
    const sector = data.capabilities.find(
      (c) =>
        c.level === 'SECTOR' &&
        data.organizationCapabilities.some((l) => subtree(c.id).has(l.capabilityId) && l.capabilityId !== c.id),
    )!;
    const having = (await all({ filter: { capabilities: [sector.id] } })).nodes;
    const under = subtree(sector.id);
    expect(ids(having)).toEqual(
      [...new Set(data.organizationCapabilities.filter((l) => under.has(l.capabilityId)).map((l) => l.orgId))].sort(),
    );

    const need = data.organizationNeeds[0]!.capabilityId;
    const needing = (await all({ filter: { needs: [need] } })).nodes;
    expect(ids(needing)).toEqual(
      [...new Set(data.organizationNeeds.filter((n) => subtree(need).has(n.capabilityId)).map((n) => n.orgId))].sort(),
    );
  });

  it('combines a filter with a search', async () => {
    const { nodes } = await all({ search: '서울대', filter: { kinds: ['HOSPITAL'] } });
    expect(nodes.length).toBeGreaterThan(0);
    expect(ids(nodes)).toEqual(
      data.organizations
        .filter((o) => o.kind === 'HOSPITAL' && [o.name, ...o.aliases].some((n) => n.includes('서울대')))
        .map((o) => o.id)
        .sort(),
    );
  });
});

describe('organizations orderBy', () => {
  it('orders by Korean name by default, and by each allow-listed key both ways, empty values last', async () => {
    const byName = (await all({})).nodes;
    expect(byName.map((n) => n.name)).toEqual(data.organizations.map((o) => o.name).sort(byCodePoint));

    const keys: Array<[string, (n: Node) => number | string | null]> = [
      // NAME both ways: the unfiltered by-name page has its own statement (organizations-page-by-name[-desc]).
      ['NAME', (n) => n.name],
      ['FOUNDED', (n) => n.founded],
      ['EMPLOYEES', (n) => n.employees],
      ['DEGREE', (n) => n.degree],
      ['NAME_EN', (n) => n.nameEn.toLowerCase()],
    ];
    for (const [field, value] of keys) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const values = (await all({ orderBy: { field, direction } })).nodes.map(value);
        const present = values.filter((v) => v !== null);
        expect(
          values.slice(present.length).every((v) => v === null),
          `${field} ${direction}: nulls last`,
        ).toBe(true);
        const sorted = [...present].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
        expect(present, `${field} ${direction}`).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      }
    }
  });
});

describe('organizations bad arguments', () => {
  it.each([
    [{ filter: { hubs: ['HUB-ATLANTIS'] } }, 'NOT_FOUND', 'filter.hubs'],
    [{ filter: { capabilities: ['CAP-TELEPORT'] } }, 'NOT_FOUND', 'filter.capabilities'],
    [{ filter: { needs: ['CAP-TELEPORT'] } }, 'NOT_FOUND', 'filter.needs'],
    [{ filter: { foundedFrom: 2020, foundedTo: 2010 } }, 'BAD_USER_INPUT', 'filter.foundedTo'],
    [{ filter: { foundedFrom: 1200 } }, 'BAD_USER_INPUT', 'filter.foundedFrom'],
    [{ filter: { kinds: ['DRAGON'] } }, 'BAD_USER_INPUT', 'filter'],
    [{ orderBy: { field: 'SHOE_SIZE' } }, 'BAD_USER_INPUT', 'orderBy'],
    [{ first: 0 }, 'BAD_USER_INPUT', 'first'],
    [{ after: Buffer.from('offset:abc').toString('base64url') }, 'BAD_USER_INPUT', 'after'],
  ])('rejects %o with %s naming %s', async (variables, code, argument) => {
    const result = await testApp.graphql(PAGE, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument });
    expect(result.data ?? null).toBeNull();
  });
});
