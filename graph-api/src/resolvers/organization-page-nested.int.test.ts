// The nested organisations page in one statement: a page asking for hub, capabilities, partners and collaborations
// answers exactly what the same organisations answer one by one through `organization(id)` (the loaders' path), with
// one database statement instead of one per nested field; filters, order, paging, asOf and private fields as before.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';

// Admin: pages of 20–50 organisations with partners and their links cost more than a staff budget.
const admin = createTestApp({ role: 'admin' });
const visitor = createTestApp();
afterAll(async () => {
  await admin.close();
  await visitor.close();
});

/** The nested fields the page's statement brings along; `$links` is the link filter of partners. */
const NESTED = `id name hub { id name organizationCount } capabilities { id name level }
  partners(filter: $links) { organization { id name kind degree } kinds years since weight links { id } }`;
/**
 * `collaborations` keeps each organisation's oldest links and `partners` the busiest partners' links, so since lists
 * are bounded one list of links no longer serves both: a page asking for both reads collaborations through their own
 * loader, two statements more.
 */
const WITH_COLLABORATIONS = `${NESTED}
  collaborations(filter: $links) { id kind since until weight from { id } to { id } }`;

const pageOf = (nested: string) => `query($first: Int, $after: String, $filter: OrganizationFilter,
  $orderBy: OrganizationOrder, $search: String, $links: CollaborationFilter) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${nested} } }
  }
}`;
const PAGE = pageOf(NESTED);
const ONE = `query($id: ID!, $links: CollaborationFilter) { organization(id: $id) { ${NESTED} } }`;

interface Page {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; partners: unknown[]; capabilities: unknown[] } }>;
  };
}

/** The page, and how many statements it cost. */
async function page(
  variables: Record<string, unknown>,
  app = admin,
): Promise<{ page: Page['organizations']; statements: number }> {
  app.resetQueryCount();
  const result = await app.graphql<Page>(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return { page: result.data!.organizations, statements: app.queryCount() };
}

/** Each organisation of the page asked on its own, through the loaders (hub, capabilities, links: a statement each). */
async function oneByOne(ids: string[], links: unknown = null): Promise<unknown[]> {
  return Promise.all(
    ids.map(async (id) => {
      const result = await admin.graphql<{ organization: unknown }>(ONE, { id, links });
      expect(result.errors).toBeUndefined();
      return result.data!.organization;
    }),
  );
}

describe('organizations page with nested fields', () => {
  it('answers the default page as the organisations answer one by one, in one statement', async () => {
    const { page: first, statements } = await page({ first: 20 });
    expect(first.edges).toHaveLength(20);
    expect(first.edges.some((edge) => edge.node.partners.length > 0)).toBe(true);
    expect(first.edges.some((edge) => edge.node.capabilities.length > 0)).toBe(true);
    expect(statements).toBe(1);
    const ids = first.edges.map((edge) => edge.node.id);
    expect(first.edges.map((edge) => edge.node)).toEqual(await oneByOne(ids));

    // The next page follows on, without repeating an organisation.
    const { page: second } = await page({ first: 20, after: first.pageInfo.endCursor });
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.edges.map((edge) => edge.node.id).filter((id) => ids.includes(id))).toEqual([]);
    expect(second.edges.map((edge) => edge.node)).toEqual(await oneByOne(second.edges.map((edge) => edge.node.id)));
  });

  it('answers filtered, searched and ordered pages (both directions) the same way, in one statement', async () => {
    for (const variables of [
      { first: 15, orderBy: { field: 'DEGREE', direction: 'DESC' } },
      { first: 10, orderBy: { field: 'NAME', direction: 'DESC' } },
      { first: 10, filter: { kinds: ['COMPANY', 'UNIVERSITY'] }, orderBy: { field: 'FOUNDED' } },
      { first: 10, search: '대학' },
    ]) {
      const { page: answered, statements } = await page(variables);
      expect(answered.edges.length, JSON.stringify(variables)).toBeGreaterThan(0);
      expect(statements, JSON.stringify(variables)).toBe(1);
      expect(answered.edges.map((edge) => edge.node)).toEqual(
        await oneByOne(answered.edges.map((edge) => edge.node.id)),
      );
    }
  });

  it('answers a page asking for collaborations too as the organisations answer one by one', async () => {
    admin.resetQueryCount();
    const result = await admin.graphql<Page>(pageOf(WITH_COLLABORATIONS), { first: 20 });
    expect(result.errors).toBeUndefined();
    expect(admin.queryCount()).toBe(3);
    const nodes = result.data!.organizations.edges.map((edge) => edge.node);
    const one = `query($id: ID!, $links: CollaborationFilter) { organization(id: $id) { ${WITH_COLLABORATIONS} } }`;
    const alone = await Promise.all(
      nodes.map(
        async (node) => (await admin.graphql<{ organization: unknown }>(one, { id: node.id })).data!.organization,
      ),
    );
    expect(nodes).toEqual(alone);
  });

  it('applies the link filter (asOf, kinds) of partners as the loaders do', async () => {
    const { page: all } = await page({ first: 30, orderBy: { field: 'DEGREE', direction: 'DESC' } });
    for (const links of [{ asOf: '2019-06-30' }, { kinds: ['JOINT_RD', 'SUPPLY'], synthetic: false }]) {
      const { page: filtered, statements } = await page({
        first: 30,
        orderBy: { field: 'DEGREE', direction: 'DESC' },
        links,
      });
      expect(statements).toBe(1);
      expect(filtered.edges.map((edge) => edge.node)).toEqual(
        await oneByOne(
          filtered.edges.map((edge) => edge.node.id),
          links,
        ),
      );
      // The filter removes links: fewer partners over the page than without it.
      const count = (answer: typeof all) => answer.edges.reduce((sum, edge) => sum + edge.node.partners.length, 0);
      expect(count(filtered)).toBeLessThan(count(all));
    }
  });

  it('brings partner summaries for the short fields, never mistaken for whole organisations', async () => {
    const SHORT = `partners { organization { id name nameEn kind status } kinds years weight }`;
    admin.resetQueryCount();
    const result = await admin.graphql<{
      organizations: { edges: Array<{ node: { id: string; partners: Array<{ organization: { id: string } }> } }> };
    }>(`query { organizations(first: 20) { edges { node { id ${SHORT} } } } }`);
    expect(result.errors).toBeUndefined();
    expect(admin.queryCount()).toBe(1);
    const nodes = result.data!.organizations.edges.map((edge) => edge.node);
    const oneByOne = await Promise.all(
      nodes.map(
        async ({ id }) =>
          (
            await admin.graphql<{ organization: unknown }>(
              `query($id: ID!) { organization(id: $id) { id ${SHORT} } }`,
              { id },
            )
          ).data!.organization,
      ),
    );
    expect(nodes).toEqual(oneByOne);

    // The same request also asks a partner for its whole record, and a page organisation for its whole links: they
    // are read, not taken from the summaries and light links the page brought.
    const partnerId = nodes.flatMap((node) => node.partners)[0]!.organization.id;
    const linkedId = nodes.find((node) => node.partners.length > 0)!.id;
    const FULL = `organization(id: $id) { id description website degree updatedAt }`;
    const LINKS = `organization(id: $linked) {
      collaborations { id title source synthetic } partners { links { id title } } }`;
    const both = await admin.graphql<{ whole: unknown; links: unknown }>(
      `query($id: ID!, $linked: ID!) { organizations(first: 20) { edges { node { id ${SHORT} } } } whole:
        ${FULL} links: ${LINKS} }`,
      { id: partnerId, linked: linkedId },
    );
    const alone = await admin.graphql<{ whole: unknown; links: unknown }>(
      `query($id: ID!, $linked: ID!) { whole: ${FULL} links: ${LINKS} }`,
      { id: partnerId, linked: linkedId },
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toMatchObject(alone.data!);
    expect(JSON.stringify(alone.data!.links)).toContain('"title":"');
  });

  it('loads the rest as before when partners and collaborations ask with different filters', async () => {
    const query = `query { organizations(first: 10, orderBy: { field: DEGREE, direction: DESC }) { edges { node {
      id hub { id } old: partners(filter: { asOf: "2016-01-01" }) { organization { id } } partners {
        organization { id } }
    } } } }`;
    admin.resetQueryCount();
    const result = await admin.graphql<{
      organizations: { edges: Array<{ node: { id: string; old: unknown[]; partners: unknown[] } }> };
    }>(query);
    expect(result.errors).toBeUndefined();
    // The page with its hubs, then one batch of links per filter.
    expect(admin.queryCount()).toBe(3);
    const nodes = result.data!.organizations.edges.map((edge) => edge.node);
    expect(nodes.some((node) => node.old.length < node.partners.length)).toBe(true);
  });

  it('reports a bad nested filter on its field, and keeps private fields private', async () => {
    const bad = await admin.graphql(
      `query { organizations(first: 3) { edges { node { id partners(filter: { asOf: "last year" }) { kinds } } } } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.argument).toBe('filter.asOf');
    expect(bad.errors?.[0]?.path?.slice(-1)).toEqual(['partners']);

    const hidden = await visitor.graphql(
      `query { organizations(first: 3) { edges { node { id partners { organization { id updatedBy } } } } } }`,
    );
    expect(hidden.errors?.length).toBeGreaterThan(0);
    expect(hidden.errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(hidden.errors![0]!.path).toContain('updatedBy');
  });
});
