// hubs, capabilities, programs, events, projects, collaboration and their nested fields, against the sample
// data; expected answers are computed from the sample CSV files.
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

async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await testApp.graphql<T>(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function rejection(document: string, variables: Record<string, unknown> = {}) {
  const result = await testApp.graphql(document, variables);
  return result.errors?.[0]?.extensions;
}

describe('hubs', () => {
  it('lists every hub with its organisations and events', async () => {
    const { hubs } = await query<{
      hubs: Array<{
        id: string;
        name: string;
        organizationCount: number;
        organizations: Array<{ id: string; name: string }>;
        events: Array<{ id: string; date: string }>;
      }>;
    }>(`{ hubs { id name nameEn role lat lng organizationCount organizations { id name } events { id date } } }`);
    expect(hubs.map((hub) => hub.id)).toEqual(data.hubs.map((hub) => hub.id).sort());
    for (const hub of hubs) {
      const expected = data.organizations
        .filter((org) => org.hub === hub.id)
        .map((org) => org.name)
        .sort(byCodePoint);
      expect(hub.organizations.map((org) => org.name)).toEqual(expected);
      expect(hub.organizationCount).toBe(expected.length);
      expect(hub.events.map((event) => event.id).sort()).toEqual(
        data.events
          .filter((event) => event.hub === hub.id)
          .map((event) => event.id)
          .sort(),
      );
      expect(hub.events.map((event) => event.date)).toEqual(
        [...hub.events.map((event) => event.date)].sort().reverse(),
      );
    }
  });

  it('finds one hub by id and answers NOT_FOUND naming `id` for an unknown one', async () => {
    const { hub } = await query<{ hub: { name: string } }>(`{ hub(id: "HUB-BAEGOT") { name } }`);
    expect(hub.name).toBe(data.hubs.find((candidate) => candidate.id === 'HUB-BAEGOT')?.name);
    expect(await rejection(`{ hub(id: "HUB-NOWHERE") { name } }`)).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  });
});

describe('capabilities', () => {
  type Cap = {
    id: string;
    level: string;
    broader: { id: string } | null;
    narrower: Array<{ id: string }>;
    organizations: Array<{ id: string }>;
    neededBy: Array<{ priority: number; organization: { id: string } }>;
  };
  const CAPS = `query($level: CapabilityLevel, $sector: ID) { capabilities(level: $level, sector: $sector) {
    id name nameEn level broader { id } narrower { id } organizations { id } neededBy { priority
      organization { id } } } }`;

  it('returns the whole taxonomy, sectors first, with broader/narrower links both ways', async () => {
    const { capabilities } = await query<{ capabilities: Cap[] }>(CAPS);
    expect(capabilities.map((c) => c.id).sort()).toEqual(data.capabilities.map((c) => c.id).sort());
    const firstCapability = capabilities.findIndex((c) => c.level === 'CAPABILITY');
    expect(capabilities.slice(firstCapability).every((c) => c.level === 'CAPABILITY')).toBe(true);
    for (const capability of capabilities) {
      const row = data.capabilities.find((c) => c.id === capability.id)!;
      expect(capability.broader?.id ?? null).toBe(row.broader);
      expect(capability.narrower.map((c) => c.id).sort()).toEqual(
        data.capabilities
          .filter((c) => c.broader === capability.id)
          .map((c) => c.id)
          .sort(),
      );
      expect(capability.organizations.map((o) => o.id).sort()).toEqual(
        data.organizationCapabilities
          .filter((link) => link.capabilityId === capability.id)
          .map((link) => link.orgId)
          .sort(),
      );
      expect(capability.neededBy.map((need) => need.organization.id).sort()).toEqual(
        data.organizationNeeds
          .filter((need) => need.capabilityId === capability.id)
          .map((need) => need.orgId)
          .sort(),
      );
      expect(capability.neededBy.map((need) => need.priority)).toEqual(
        [...capability.neededBy.map((need) => need.priority)].sort(),
      );
    }
  });

  it('filters by level and by sector (the sector and everything under it)', async () => {
    const sectors = (await query<{ capabilities: Cap[] }>(CAPS, { level: 'SECTOR' })).capabilities;
    expect(sectors.map((c) => c.id).sort()).toEqual(
      data.capabilities
        .filter((c) => c.level === 'SECTOR')
        .map((c) => c.id)
        .sort(),
    );
    const sector = data.capabilities.find(
      (c) => c.level === 'SECTOR' && data.capabilities.some((n) => n.broader === c.id),
    )!;
    const under = (await query<{ capabilities: Cap[] }>(CAPS, { sector: sector.id })).capabilities;
    expect(under.map((c) => c.id).sort()).toEqual(
      [sector.id, ...data.capabilities.filter((c) => c.broader === sector.id).map((c) => c.id)].sort(),
    );
  });

  it('rejects an unknown sector, an unknown capability and a bad level', async () => {
    expect(await rejection(CAPS, { sector: 'SEC-NOTHING' })).toMatchObject({ code: 'NOT_FOUND', argument: 'sector' });
    expect(await rejection(`{ capability(id: "CAP-NOTHING") { id } }`)).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
    });
    expect(await rejection(CAPS, { level: 'GALAXY' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'level' });
  });
});

describe('programs', () => {
  it('lists areas and sub-projects with parent, children and events', async () => {
    const { programs } = await query<{
      programs: Array<{
        id: string;
        parent: { id: string } | null;
        children: Array<{ id: string }>;
        events: Array<{ id: string }>;
      }>;
    }>(`{ programs { id name nameEn description parent { id } children { id } events { id } } }`);
    expect(programs.map((p) => p.id)).toEqual(data.programs.map((p) => p.id).sort());
    for (const program of programs) {
      expect(program.parent?.id ?? null).toBe(data.programs.find((p) => p.id === program.id)!.parent);
      expect(program.children.map((c) => c.id)).toEqual(
        data.programs
          .filter((p) => p.parent === program.id)
          .map((p) => p.id)
          .sort(),
      );
      expect(program.events.map((e) => e.id).sort()).toEqual(
        data.events
          .filter((e) => e.program === program.id)
          .map((e) => e.id)
          .sort(),
      );
    }
    expect(await rejection(`{ program(id: "PRG-NOTHING") { id } }`)).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
    });
  });
});

describe('events', () => {
  const EVENTS = `query($from: String, $to: String) { events(from: $from, to: $to) {
    id date type program { id } hub { id } participants { role organization { id } } } }`;
  type Ev = {
    id: string;
    date: string;
    program: { id: string } | null;
    hub: { id: string } | null;
    participants: Array<{ role: string; organization: { id: string } }>;
  };

  it('lists every event oldest first with programme, hub and participants (hosts first)', async () => {
    const { events } = await query<{ events: Ev[] }>(EVENTS);
    expect(events.map((e) => e.id).sort()).toEqual(data.events.map((e) => e.id).sort());
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    const rank = { HOST: 0, SPEAKER: 1, PARTICIPANT: 2 } as Record<string, number>;
    for (const event of events) {
      const row = data.events.find((e) => e.id === event.id)!;
      expect([event.date, event.program?.id ?? null, event.hub?.id ?? null]).toEqual([row.date, row.program, row.hub]);
      const expected = data.attendance
        .filter((a) => a.eventId === event.id)
        .map((a) => `${a.orgId}:${a.role}`)
        .sort();
      expect(event.participants.map((p) => `${p.organization.id}:${p.role}`).sort()).toEqual(expected);
      const ranks = event.participants.map((p) => rank[p.role]!);
      expect(ranks).toEqual([...ranks].sort());
    }
  });

  it('keeps only the events within from–to, both ends included', async () => {
    const dates = data.events.map((e) => e.date).sort();
    const from = dates[3]!;
    const to = dates[dates.length - 4]!;
    const { events } = await query<{ events: Ev[] }>(EVENTS, { from, to });
    expect(events.map((e) => e.id).sort()).toEqual(
      data.events
        .filter((e) => e.date >= from && e.date <= to)
        .map((e) => e.id)
        .sort(),
    );
  });

  it.each([
    [{ from: '2025-13-01' }, 'from'],
    [{ to: '2025-02-30' }, 'to'],
    [{ from: 'yesterday' }, 'from'],
    [{ from: '2025-06-01', to: '2025-01-01' }, 'to'],
  ])('rejects %o naming the argument', async (variables, argument) => {
    expect(await rejection(EVENTS, variables)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('finds one event by id and answers NOT_FOUND for an unknown one', async () => {
    const id = data.events[0]!.id;
    expect((await query<{ event: { id: string } }>(`query($id: ID!) { event(id: $id) { id } }`, { id })).event.id).toBe(
      id,
    );
    expect(await rejection(`{ event(id: "EVT-NOTHING") { id } }`)).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  });
});

describe('projects', () => {
  const PROJECTS = `query($year: Int) {
    projects(year: $year) {
      id funder startYear endYear budgetMillionKrw members { role organization { id } project { id } } } }`;
  type Pr = {
    id: string;
    startYear: number;
    endYear: number | null;
    members: Array<{ role: string; organization: { id: string }; project: { id: string } }>;
  };

  it('lists projects newest first with members (the lead first)', async () => {
    const { projects } = await query<{ projects: Pr[] }>(PROJECTS);
    expect(projects.map((p) => p.id).sort()).toEqual(data.projects.map((p) => p.id).sort());
    expect(projects.map((p) => p.startYear)).toEqual([...projects.map((p) => p.startYear)].sort((a, b) => b - a));
    for (const project of projects) {
      const expected = data.projectMembers
        .filter((m) => m.projectId === project.id)
        .map((m) => `${m.orgId}:${m.role}`)
        .sort();
      expect(project.members.map((m) => `${m.organization.id}:${m.role}`).sort()).toEqual(expected);
      expect(project.members.every((m) => m.project.id === project.id)).toBe(true);
      if (project.members.some((m) => m.role === 'LEAD')) expect(project.members[0]!.role).toBe('LEAD');
    }
  });

  it('keeps the projects running in a year', async () => {
    const { projects } = await query<{ projects: Pr[] }>(PROJECTS, { year: 2024 });
    const expected = data.projects
      .filter((p) => p.startYear <= 2024 && (p.endYear === null || p.endYear >= 2024))
      .map((p) => p.id)
      .sort();
    expect(projects.map((p) => p.id).sort()).toEqual(expected);
    expect(await rejection(PROJECTS, { year: -5 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
    expect(await rejection(`{ project(id: "PRJ-NOTHING") { id } }`)).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
    });
  });
});

describe('collaboration(id)', () => {
  it('returns a link with both organisations and its evidence', async () => {
    const row = data.collaborations.find((link) => link.until !== null) ?? data.collaborations[0]!;
    const { collaboration } = await query<{ collaboration: Record<string, unknown> }>(
      `query($id: ID!) { collaboration(id: $id) { id kind since until weight title source synthetic from { id }
        to { id } } }`,
      { id: row.id },
    );
    expect(collaboration).toEqual({
      id: row.id,
      kind: row.kind,
      since: row.since,
      until: row.until,
      weight: row.weight,
      title: row.title,
      source: row.source,
      synthetic: row.synthetic,
      from: { id: row.from },
      to: { id: row.to },
    });
    expect(await rejection(`{ collaboration(id: "LNK-NOTHING") { id } }`)).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
    });
  });
});
