// The cost model and the list bounds through the whole app (yoga.fetch, real Neo4j): the issue's two hostile queries
// refused before any database call for every role below admin, bounds given as variables, a bad `first`, and a list
// with more items than its default cut to it in Neo4j. Ids T-QC-….
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/actor.ts';
import { deletePrefix } from '@siheung/seed/test-support';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { LIMITS } from './limits-config.ts';
import { LIST_BOUNDS } from './list-bounds.ts';

const PREFIX = 'T-QC-';
const ORG = `${PREFIX}ORG`;
const ROLES: Role[] = ['public', 'researcher', 'staff'];
const apps = Object.fromEntries(
  [...ROLES, 'admin'].map((role) => [role, createTestApp({ role: role as Role })]),
) as Record<Role, TestApp>;
let capabilityIds: string[] = [];

const levels = (count: number) => `${'partners { organization { '.repeat(count)}name${' } }'.repeat(count)}`;
const ISSUE_QUERIES = {
  'six levels of partners': `{ organization(id: "ORG-SNUH") { ${levels(6)} } }`,
  'a page of 100 with three levels of partners': `{ organizations(first: 100) { edges { node { ${levels(3)} } } } }`,
};

beforeAll(async () => {
  capabilityIds = (await sampleDataset()).capabilities.map((capability) => capability.id);
  await deletePrefix(apps.public.db, PREFIX);
  const made = await apps.staff.graphql(
    `mutation($input: OrganizationInput!, $ids: [ID!]!) {
      upsertOrganization(input: $input) { id }
      setCapabilities(orgId: "${ORG}", capabilityIds: $ids) { id }
    }`,
    { input: { id: ORG, name: '비용시험', nameEn: 'Cost test', kind: 'COMPANY' }, ids: capabilityIds },
  );
  expect(made.errors ?? []).toEqual([]);
});
afterAll(async () => {
  await deletePrefix(apps.public.db, PREFIX);
  for (const app of Object.values(apps)) await app.close();
});

describe.each(ROLES)('as %s', (role) => {
  it.each(Object.entries(ISSUE_QUERIES))('refuses %s before any database call', async (_name, query) => {
    const app = apps[role];
    await app.token();
    app.resetQueryCount();
    const result = await app.graphql(query);
    expect(result.data ?? null).toBeNull();
    // Other limits crossed (the public depth) are listed beside the cost.
    expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
    const costError = result.errors!.find((error) => error.extensions?.limit === 'cost');
    const { cost, budget } = costError!.extensions!;
    expect(budget).toBe(LIMITS[role].query.cost);
    expect(cost).toBeGreaterThan(budget as number);
    expect(app.queryCount()).toBe(0);
  });
});

describe('bounds', () => {
  const page = 'query($n: Int) { organizations(first: 100) { edges { node { partners(first: $n) { weight } } } } }';

  it('prices a `first` given as a variable by its value', async () => {
    const app = apps.public;
    app.resetQueryCount();
    const refused = await app.graphql(page, { n: 500 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 1 + 100 * 502 });
    expect(app.queryCount()).toBe(0);
    const answered = await app.graphql(page, { n: 2 });
    expect(answered.errors ?? []).toEqual([]);
  });

  it('refuses a `first` past its maximum or below 0 with BAD_USER_INPUT naming it', async () => {
    for (const first of [LIST_BOUNDS['Organization.capabilities']!.max + 1, -1]) {
      const result = await apps.public.graphql(
        `{ organization(id: "${ORG}") { capabilities(first: ${first}) { id } } }`,
      );
      expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([
        ['BAD_USER_INPUT', 'first'],
      ]);
    }
  });

  it('returns at most the default of a list with more items, cut in Neo4j', async () => {
    const bound = LIST_BOUNDS['Organization.capabilities'];
    if (bound?.by !== 'argument') throw new Error('Organization.capabilities has its own first');
    expect(capabilityIds.length).toBeGreaterThan(bound.default);
    const result = await apps.public.graphql<{ organization: { capabilities: unknown[]; all: unknown[] } }>(
      `{ organization(id: "${ORG}") { capabilities { id } all: capabilities(first: ${bound.max}) { id } } }`,
    );
    expect(result.data?.organization.capabilities).toHaveLength(bound.default);
    expect(result.data?.organization.all).toHaveLength(capabilityIds.length);
    const [row] = await apps.public.db.read('organization-capabilities', { ids: [ORG], first: bound.default });
    expect(row?.items).toHaveLength(bound.default);
  });

  it('cuts partners in Neo4j to the busiest `first`, in the order the answer gives', async () => {
    const all = await apps.public.graphql<{ organization: { partners: Array<{ organization: { id: string } }> } }>(
      '{ organization(id: "ORG-SNUH") { partners(first: 500) { organization { id } } } }',
    );
    const some = await apps.public.graphql<{ organization: { partners: Array<{ organization: { id: string } }> } }>(
      '{ organization(id: "ORG-SNUH") { partners(first: 3) { organization { id } } } }',
    );
    expect(all.data!.organization.partners.length).toBeGreaterThan(3);
    expect(some.data!.organization.partners).toEqual(all.data!.organization.partners.slice(0, 3));
  });
});
