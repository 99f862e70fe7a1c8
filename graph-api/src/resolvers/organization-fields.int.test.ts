// An organisation's nested fields (hub, capabilities, needs, collaborations, partners, events, projects),
// with their filters and asOf, against the sample data; expected answers come from the sample CSV files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@siheung/seed';
import { createTestApp } from '../../test/test-app.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';

const testApp = createTestApp({ role: 'staff' });
let data: Dataset;
/** The organisation with the most links: the richest case for every nested field. */
let hubOrg: string;

beforeAll(async () => {
  data = await sampleDataset();
  const degree = new Map<string, number>();
  for (const link of data.collaborations)
    for (const end of [link.from, link.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  hubOrg = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
});
afterAll(() => testApp.close());

const linksOf = (id: string) => data.collaborations.filter((link) => link.from === id || link.to === id);
const runningOn = (date: string) => (link: Dataset['collaborations'][number]) =>
  link.since <= date && (link.until === null || link.until >= date);

async function org<T>(fields: string, variables: Record<string, unknown> = {}, declarations = ''): Promise<T> {
  const result = await testApp.graphql<{ organization: T }>(
    `query($id: ID!${declarations}) { organization(id: $id) { ${fields} } }`,
    { id: hubOrg, ...variables },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.organization;
}

describe('Organization fields', () => {
  it('has its hub, capabilities, needs and degree as loaded', async () => {
    for (const row of data.organizations
      .filter((o) => o.hub !== null)
      .slice(0, 3)
      .concat(data.organizations.filter((o) => o.hub === null).slice(0, 1))) {
      const result = await testApp.graphql<{
        organization: {
          hub: { id: string } | null;
          capabilities: Array<{ id: string }>;
          needs: Array<{ priority: number; capability: { id: string } }>;
          degree: number;
          status: string;
          aliases: string[];
        };
      }>(
        `query($id: ID!) { organization(id: $id) { hub { id } capabilities { id } needs { priority capability {
          id } } degree status aliases } }`,
        { id: row.id },
      );
      const organization = result.data!.organization;
      expect(organization.hub?.id ?? null).toBe(row.hub);
      expect(organization.capabilities.map((c) => c.id).sort()).toEqual(
        data.organizationCapabilities
          .filter((l) => l.orgId === row.id)
          .map((l) => l.capabilityId)
          .sort(),
      );
      expect(organization.needs.map((n) => `${n.capability.id}:${n.priority}`).sort()).toEqual(
        data.organizationNeeds
          .filter((n) => n.orgId === row.id)
          .map((n) => `${n.capabilityId}:${n.priority}`)
          .sort(),
      );
      expect(organization.degree).toBe(linksOf(row.id).length);
      expect([organization.status, organization.aliases]).toEqual([row.status, row.aliases]);
    }
  });

  it('lists its collaborations oldest first, filtered by kind, partner kind and asOf', async () => {
    const all = await org<{ collaborations: Array<{ id: string; since: string }> }>(
      `collaborations { id since from { id } to { id } }`,
    );
    expect(all.collaborations.map((l) => l.id).sort()).toEqual(
      linksOf(hubOrg)
        .map((l) => l.id)
        .sort(),
    );
    expect(all.collaborations.map((l) => l.since)).toEqual([...all.collaborations.map((l) => l.since)].sort());

    const kind = linksOf(hubOrg)[0]!.kind;
    const byKind = await org<{ collaborations: Array<{ id: string }> }>(
      `collaborations(filter: $filter) { id }`,
      { filter: { kinds: [kind] } },
      ', $filter: CollaborationFilter',
    );
    expect(byKind.collaborations.map((l) => l.id).sort()).toEqual(
      linksOf(hubOrg)
        .filter((l) => l.kind === kind)
        .map((l) => l.id)
        .sort(),
    );

    const sinces = linksOf(hubOrg)
      .map((l) => l.since)
      .sort();
    const asOf = sinces[Math.floor(sinces.length / 2)]!;
    const past = await org<{ collaborations: Array<{ id: string }> }>(
      `collaborations(filter: $filter) { id }`,
      { filter: { asOf } },
      ', $filter: CollaborationFilter',
    );
    const expected = linksOf(hubOrg)
      .filter(runningOn(asOf))
      .map((l) => l.id)
      .sort();
    expect(past.collaborations.map((l) => l.id).sort()).toEqual(expected);
    expect(expected.length).toBeLessThan(linksOf(hubOrg).length);

    const kindOf = new Map(data.organizations.map((o) => [o.id, o.kind]));
    const companies = await org<{ collaborations: Array<{ id: string }> }>(
      `collaborations(filter: $filter) { id }`,
      { filter: { partnerKinds: ['COMPANY'] } },
      ', $filter: CollaborationFilter',
    );
    expect(companies.collaborations.map((l) => l.id).sort()).toEqual(
      linksOf(hubOrg)
        .filter((l) => kindOf.get(l.from === hubOrg ? l.to : l.from) === 'COMPANY')
        .map((l) => l.id)
        .sort(),
    );
  });

  it('groups links into partners with kinds, years and the links themselves; asOf applies', async () => {
    const { partners } = await org<{
      partners: Array<{
        organization: { id: string };
        kinds: string[];
        years: number[];
        since: string;
        links: Array<{ id: string }>;
      }>;
    }>(`partners { organization { id name } kinds years since weight links { id } }`);
    const expectedPartners = new Set(linksOf(hubOrg).map((l) => (l.from === hubOrg ? l.to : l.from)));
    expect(new Set(partners.map((p) => p.organization.id))).toEqual(expectedPartners);
    for (const partner of partners) {
      const between = linksOf(hubOrg).filter(
        (l) => l.from === partner.organization.id || l.to === partner.organization.id,
      );
      expect(partner.links.map((l) => l.id).sort()).toEqual(between.map((l) => l.id).sort());
      expect(partner.kinds).toEqual([...new Set(between.map((l) => l.kind))].sort());
      expect(partner.since).toBe(between.map((l) => l.since).sort()[0]);
      expect(partner.years[0]).toBe(Number(partner.since.slice(0, 4)));
    }
    const counts = partners.map((p) => p.links.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const asOf = linksOf(hubOrg)
      .map((l) => l.since)
      .sort()[0]!;
    const early = await org<{ partners: Array<{ organization: { id: string }; years: number[] }> }>(
      `partners(filter: { asOf: "${asOf}" }) { organization { id } years }`,
    );
    expect(early.partners.length).toBe(
      new Set(
        linksOf(hubOrg)
          .filter(runningOn(asOf))
          .map((l) => (l.from === hubOrg ? l.to : l.from)),
      ).size,
    );
    expect(early.partners.every((p) => p.years.every((year) => year <= Number(asOf.slice(0, 4))))).toBe(true);
  });

  it('lists the events it attended (newest first, within from–to) and its projects (in a year)', async () => {
    const attended = new Map<string, number>();
    for (const a of data.attendance) attended.set(a.orgId, (attended.get(a.orgId) ?? 0) + 1);
    const attendee = [...attended].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const result = await testApp.graphql<{
      organization: {
        events: Array<{ role: string; event: { id: string; date: string } }>;
        projects: Array<{ role: string; project: { id: string } }>;
      };
    }>(
      `query($id: ID!) { organization(id: $id) { events { role event { id date } } projects { role project { id
        } } } }`,
      { id: attendee },
    );
    const { events, projects } = result.data!.organization;
    expect(events.map((a) => `${a.event.id}:${a.role}`).sort()).toEqual(
      data.attendance
        .filter((a) => a.orgId === attendee)
        .map((a) => `${a.eventId}:${a.role}`)
        .sort(),
    );
    expect(events.map((a) => a.event.date)).toEqual([...events.map((a) => a.event.date)].sort().reverse());
    expect(projects.map((m) => `${m.project.id}:${m.role}`).sort()).toEqual(
      data.projectMembers
        .filter((m) => m.orgId === attendee)
        .map((m) => `${m.projectId}:${m.role}`)
        .sort(),
    );

    const from = events[Math.floor(events.length / 2)]!.event.date;
    const ranged = await testApp.graphql<{ organization: { events: Array<{ event: { id: string } }> } }>(
      `query($id: ID!, $from: String) { organization(id: $id) { events(from: $from) { event { id } } } }`,
      { id: attendee, from },
    );
    expect(ranged.data!.organization.events.map((a) => a.event.id).sort()).toEqual(
      events
        .filter((a) => a.event.date >= from)
        .map((a) => a.event.id)
        .sort(),
    );
    expect(ranged.data!.organization.events.length).toBeLessThan(events.length);
  });

  it.each([
    ['collaborations(filter: { asOf: "2025-02-30" }) { id }', 'filter.asOf'],
    ['partners(filter: { asOf: "soon" }) { kinds }', 'filter.asOf'],
    ['events(from: "2025-01-01", to: "2024-01-01") { role }', 'to'],
    ['projects(year: 99999) { role }', 'year'],
  ])('rejects %s naming the argument', async (fields, argument) => {
    const result = await testApp.graphql(`query($id: ID!) { organization(id: $id) { ${fields} } }`, { id: hubOrg });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
