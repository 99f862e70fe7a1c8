// upsertOrganization, setCapabilities and setNeeds against the real Neo4j: what they write (labels, search
// keys, hub link, provenance, who/when), idempotence, and that bad input changes nothing (ids T-MORG-…).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@siheung/seed';
import { graphChanges, deletePrefix, dumpGraph, entry } from '@siheung/seed/test-support';
import { createTestApp } from '../../test/test-app.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';

const PREFIX = 'T-MORG-';
const testApp = createTestApp({ role: 'staff' });
let data: Dataset;

beforeAll(async () => {
  data = await sampleDataset();
  await deletePrefix(testApp.db, PREFIX);
});
afterAll(async () => {
  await deletePrefix(testApp.db, PREFIX);
  await testApp.close();
});

const UPSERT = `mutation($input: OrganizationInput!) { upsertOrganization(input: $input) {
  id name nameEn aliases kind status founded employees website source synthetic updatedAt updatedBy hub { id } sector
} }`;
const SET_CAPABILITIES = `mutation($orgId: ID!, $capabilityIds: [ID!]!) {
  setCapabilities(orgId: $orgId, capabilityIds: $capabilityIds) { id updatedBy capabilities { id } } }`;
const SET_NEEDS = `mutation($orgId: ID!, $needs: [NeedInput!]!) {
  setNeeds(orgId: $orgId, needs: $needs) { id needs { priority source capability { id } } } }`;

async function ok<T>(document: string, variables: Record<string, unknown>): Promise<T> {
  const result = await testApp.graphql<T>(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Runs a mutation that must fail, and proves the whole graph is unchanged afterwards. */
async function refused(document: string, variables: Record<string, unknown>) {
  const before = await dumpGraph(testApp.db, '');
  const result = await testApp.graphql(document, variables);
  expect(result.data ?? null).toBeNull();
  expect(graphChanges(before, await dumpGraph(testApp.db, ''))).toEqual([]);
  return result.errors?.[0]?.extensions;
}

const sector = () => data.capabilities.find((c) => c.level === 'SECTOR')!.id;

describe('upsertOrganization', () => {
  it('creates an organisation with its kind label, hub link, search keys and who/when', async () => {
    const { upsertOrganization: created } = await ok<{ upsertOrganization: Record<string, unknown> }>(UPSERT, {
      input: {
        id: `${PREFIX}A`,
        name: '  시흥테스트바이오  ',
        nameEn: 'Siheung Test Bio',
        aliases: ['테바', 'STB'],
        kind: 'COMPANY',
        hub: 'HUB-BAEGOT',
        sector: sector(),
        founded: 2019,
        employees: 12,
        website: 'https://example.org',
        source: 'test:mutation',
        synthetic: true,
      },
    });
    expect(created).toMatchObject({
      id: `${PREFIX}A`,
      name: '시흥테스트바이오',
      kind: 'COMPANY',
      status: 'ACTIVE',
      founded: 2019,
      hub: { id: 'HUB-BAEGOT' },
      sector: sector(),
      source: 'test:mutation',
      synthetic: true,
      updatedBy: testApp.actorName,
    });
    expect(Date.parse(String(created.updatedAt))).toBeGreaterThan(Date.now() - 60_000);
    const dump = await dumpGraph(testApp.db, PREFIX);
    expect(entry(dump, `${PREFIX}A`).labels).toEqual(['Company', 'Organization']);
    expect(entry(dump, `${PREFIX}A`).types).toMatchObject({
      founded: 'INTEGER NOT NULL',
      employees: 'INTEGER NOT NULL',
    });
    expect(String(entry(dump, `${PREFIX}A`).props.searchChoseong)).toContain('ㅅㅎㅌㅅㅌㅂㅇㅇ');
    expect(dump.map((item) => item.key)).toContain(`${PREFIX}A -LOCATED_IN-> HUB-BAEGOT`);

    const found = await ok<{ organizations: { edges: Array<{ node: { id: string } }> } }>(
      `{ organizations(search: "ㅅㅎㅌㅅㅌ") { edges { node { id } } } }`,
      {},
    );
    expect(found.organizations.edges.map((edge) => edge.node.id)).toContain(`${PREFIX}A`);
  });

  it('updates only the fields given, moves the kind label and hub, and clears a field set to null', async () => {
    const { upsertOrganization: updated } = await ok<{ upsertOrganization: Record<string, unknown> }>(UPSERT, {
      input: { id: `${PREFIX}A`, kind: 'RESEARCH_INSTITUTE', hub: 'HUB-JEONGWANG', employees: null },
    });
    expect(updated).toMatchObject({
      name: '시흥테스트바이오',
      nameEn: 'Siheung Test Bio',
      aliases: ['테바', 'STB'],
      kind: 'RESEARCH_INSTITUTE',
      employees: null,
      founded: 2019,
      hub: { id: 'HUB-JEONGWANG' },
    });
    const dump = await dumpGraph(testApp.db, PREFIX);
    expect(entry(dump, `${PREFIX}A`).labels).toEqual(['Organization', 'ResearchInstitute']);
    expect(dump.filter((item) => item.key.startsWith(`${PREFIX}A -LOCATED_IN->`)).map((item) => item.key)).toEqual([
      `${PREFIX}A -LOCATED_IN-> HUB-JEONGWANG`,
    ]);
  });

  it('changes nothing more when the same input is sent twice', async () => {
    const input = {
      id: `${PREFIX}B`,
      name: '두번',
      nameEn: 'Twice',
      kind: 'UNIVERSITY',
      source: 'test:mutation',
      synthetic: true,
    };
    await ok(UPSERT, { input });
    const first = (await dumpGraph(testApp.db, `${PREFIX}B`)).map((item) => ({
      ...item,
      props: { ...item.props, updatedAt: null },
    }));
    await ok(UPSERT, { input });
    const second = (await dumpGraph(testApp.db, `${PREFIX}B`)).map((item) => ({
      ...item,
      props: { ...item.props, updatedAt: null },
    }));
    expect(second).toEqual(first);
  });

  it('makes an id when none is given', async () => {
    const input = { name: '무명', nameEn: 'Nameless', kind: 'COMPANY', source: 'test:mutation', synthetic: true };
    const { upsertOrganization: created } = await ok<{ upsertOrganization: { id: string } }>(UPSERT, { input });
    const { upsertOrganization: other } = await ok<{ upsertOrganization: { id: string } }>(UPSERT, { input });
    const [deleted] = await testApp.db.write('test-delete-node', { id: created.id });
    await testApp.db.write('test-delete-node', { id: other.id });
    expect(created.id).toMatch(/^ORG-[0-9A-F]{8}$/);
    expect(other.id).not.toBe(created.id);
    expect(deleted?.deleted).toBe(1);
  });

  it.each([
    [{ id: `${PREFIX}NEW`, name: '이름만' }, 'BAD_USER_INPUT', 'input.nameEn'],
    [{ id: `${PREFIX}NEW`, name: '가', nameEn: 'A', kind: 'COMPANY', hub: 'HUB-ATLANTIS' }, 'NOT_FOUND', 'input.hub'],
    [
      { id: `${PREFIX}NEW`, name: '가', nameEn: 'A', kind: 'COMPANY', sector: 'CAP-QC-TESTING' },
      'NOT_FOUND',
      'input.sector',
    ],
    [
      { id: `${PREFIX}NEW`, name: '가', nameEn: 'A', kind: 'COMPANY', founded: 3000 },
      'BAD_USER_INPUT',
      'input.founded',
    ],
    [
      { id: `${PREFIX}NEW`, name: '가', nameEn: 'A', kind: 'COMPANY', employees: -1 },
      'BAD_USER_INPUT',
      'input.employees',
    ],
    [{ id: `${PREFIX}NEW`, name: 'x'.repeat(201), nameEn: 'A', kind: 'COMPANY' }, 'BAD_USER_INPUT', 'input.name'],
    [
      { id: `${PREFIX}NEW`, name: '가', nameEn: 'A', kind: 'COMPANY', website: 'javascript:alert(1)' },
      'BAD_USER_INPUT',
      'input.website',
    ],
    [{ id: 'bad id!', name: '가', nameEn: 'A', kind: 'COMPANY' }, 'BAD_USER_INPUT', 'input.id'],
    [{ id: `${PREFIX}A`, name: null }, 'BAD_USER_INPUT', 'input.name'],
    [{ id: `${PREFIX}NEW`, name: '가', nameEn: 'A', kind: 'MONASTERY' }, 'BAD_USER_INPUT', 'input'],
  ])('refuses %o with %s naming %s, changing nothing', async (input, code, argument) => {
    expect(await refused(UPSERT, { input })).toMatchObject({ code, argument });
  });
});

describe('setCapabilities', () => {
  const capabilityIds = () =>
    data.capabilities
      .filter((c) => c.level === 'CAPABILITY')
      .slice(0, 3)
      .map((c) => c.id);

  it('makes the capabilities exactly the given set, keeping the provenance of links it keeps', async () => {
    const [a, b, c] = capabilityIds();
    const first = await ok<{ setCapabilities: { updatedBy: string; capabilities: Array<{ id: string }> } }>(
      SET_CAPABILITIES,
      { orgId: `${PREFIX}A`, capabilityIds: [a, b, b] },
    );
    expect(first.setCapabilities.capabilities.map((cap) => cap.id).sort()).toEqual([a, b].sort());
    expect(first.setCapabilities.updatedBy).toBe(testApp.actorName);
    const kept = entry(await dumpGraph(testApp.db, PREFIX), `${PREFIX}A -HAS_CAPABILITY-> ${b}`).props;
    const second = await ok<{ setCapabilities: { capabilities: Array<{ id: string }> } }>(SET_CAPABILITIES, {
      orgId: `${PREFIX}A`,
      capabilityIds: [b, c],
    });
    expect(second.setCapabilities.capabilities.map((cap) => cap.id).sort()).toEqual([b, c].sort());
    const dump = await dumpGraph(testApp.db, PREFIX);
    expect(entry(dump, `${PREFIX}A -HAS_CAPABILITY-> ${b}`).props).toEqual(kept);
    expect(entry(dump, `${PREFIX}A -HAS_CAPABILITY-> ${c}`).props).toMatchObject({
      source: 'api',
      synthetic: false,
      updatedBy: testApp.actorName,
    });
    const cleared = await ok<{ setCapabilities: { capabilities: unknown[] } }>(SET_CAPABILITIES, {
      orgId: `${PREFIX}A`,
      capabilityIds: [],
    });
    expect(cleared.setCapabilities.capabilities).toEqual([]);
  });

  it.each([
    [{ orgId: 'ORG-NOBODY', capabilityIds: [] }, 'NOT_FOUND', 'orgId'],
    [{ orgId: `${PREFIX}A`, capabilityIds: ['CAP-TELEPORT'] }, 'NOT_FOUND', 'capabilityIds'],
    [
      { orgId: `${PREFIX}A`, capabilityIds: Array.from({ length: 201 }, (_, i) => `CAP-${i}`) },
      'BAD_USER_INPUT',
      'capabilityIds',
    ],
    [{ orgId: '', capabilityIds: [] }, 'BAD_USER_INPUT', 'orgId'],
  ])('refuses %o with %s naming %s, changing nothing', async (variables, code, argument) => {
    expect(await refused(SET_CAPABILITIES, variables)).toMatchObject({ code, argument });
  });
});

describe('setNeeds', () => {
  it('makes the needs exactly the given ones with their priorities', async () => {
    const [a, b] = data.capabilities
      .filter((c) => c.level === 'CAPABILITY')
      .slice(3, 5)
      .map((c) => c.id);
    const first = await ok<{
      setNeeds: { needs: Array<{ priority: number; source: string; capability: { id: string } }> };
    }>(SET_NEEDS, {
      orgId: `${PREFIX}A`,
      needs: [
        { capabilityId: a, priority: 2 },
        { capabilityId: b, priority: 1 },
      ],
    });
    expect(first.setNeeds.needs.map((n) => `${n.capability.id}:${n.priority}`)).toEqual([`${b}:1`, `${a}:2`]);
    const second = await ok<{ setNeeds: { needs: Array<{ priority: number; capability: { id: string } }> } }>(
      SET_NEEDS,
      { orgId: `${PREFIX}A`, needs: [{ capabilityId: a, priority: 3 }] },
    );
    expect(second.setNeeds.needs.map((n) => `${n.capability.id}:${n.priority}`)).toEqual([`${a}:3`]);
  });

  it.each([
    [{ orgId: 'ORG-NOBODY', needs: [] }, 'NOT_FOUND', 'orgId'],
    [{ orgId: `${PREFIX}A`, needs: [{ capabilityId: 'CAP-TELEPORT', priority: 1 }] }, 'NOT_FOUND', 'needs'],
    [{ orgId: `${PREFIX}A`, needs: [{ capabilityId: 'SEC-CDMO', priority: 4 }] }, 'BAD_USER_INPUT', 'needs.0.priority'],
    [
      {
        orgId: `${PREFIX}A`,
        needs: [
          { capabilityId: 'SEC-CDMO', priority: 1 },
          { capabilityId: 'SEC-CDMO', priority: 2 },
        ],
      },
      'BAD_USER_INPUT',
      'needs.1.capabilityId',
    ],
  ])('refuses %o with %s naming %s, changing nothing', async (variables, code, argument) => {
    expect(await refused(SET_NEEDS, variables)).toMatchObject({ code, argument });
  });
});
