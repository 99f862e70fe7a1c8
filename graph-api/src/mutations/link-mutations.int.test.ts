// addCollaboration, endCollaboration and recordAttendance against the real Neo4j: idempotence, provenance,
// asOf after an end date, and that bad input changes nothing (ids T-MLNK-…).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChanges, deletePrefix, dumpGraph } from '@siheung/seed/test-support';
import { createTestApp } from '../../test/test-app.ts';
import { sampleDataset } from '../../test/sample-dataset.ts';

const PREFIX = 'T-MLNK-';
const A = `${PREFIX}A`;
const B = `${PREFIX}B`;
const testApp = createTestApp({ role: 'staff' });
let eventId: string;

const ADD = `mutation($input: CollaborationInput!) { addCollaboration(input: $input) {
  id kind since until weight title source synthetic from { id } to { id partners { organization { id } kinds } }
} }`;
const END = `mutation($id: ID!, $until: String!) { endCollaboration(id: $id, until: $until) { id since until } }`;
const ATTEND = `mutation($eventId: ID!, $orgId: ID!, $role: AttendanceRole!) {
  recordAttendance(eventId: $eventId, orgId: $orgId, role: $role) {
  role source event { id participants { role organization { id } } } organization { id events { role event {
    id } } }
} }`;

async function ok<T>(document: string, variables: Record<string, unknown>): Promise<T> {
  const result = await testApp.graphql<T>(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function refused(document: string, variables: Record<string, unknown>) {
  const before = await dumpGraph(testApp.db, '');
  const result = await testApp.graphql(document, variables);
  expect(result.data ?? null).toBeNull();
  expect(graphChanges(before, await dumpGraph(testApp.db, ''))).toEqual([]);
  return result.errors?.[0]?.extensions;
}

beforeAll(async () => {
  eventId = (await sampleDataset()).events[0]!.id;
  await deletePrefix(testApp.db, PREFIX);
  for (const [id, name] of [
    [A, '가나'],
    [B, '다라'],
    [`${PREFIX}C`, '마바'],
  ]) {
    await ok(`mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }`, {
      input: { id, name, nameEn: name, kind: 'COMPANY', source: 'test:mutation', synthetic: true },
    });
  }
});
afterAll(async () => {
  await deletePrefix(testApp.db, PREFIX);
  await testApp.close();
});

const link = {
  from: A,
  to: B,
  kind: 'JOINT_RD',
  since: '2024-03-01',
  source: 'test:minutes 2024-03-01',
  synthetic: true,
};

describe('addCollaboration', () => {
  let id: string;

  it('creates a link with its evidence and who/when, visible from both ends', async () => {
    const { addCollaboration: created } = await ok<{
      addCollaboration: { id: string; to: { partners: Array<{ organization: { id: string } }> } } & Record<
        string,
        unknown
      >;
    }>(ADD, { input: { ...link, title: '공동연구', weight: 2 } });
    id = created.id;
    expect(created).toMatchObject({
      kind: 'JOINT_RD',
      since: '2024-03-01',
      until: null,
      weight: 2,
      title: '공동연구',
      source: link.source,
      from: { id: A },
      to: { id: B },
    });
    expect(created.to.partners.map((p) => p.organization.id)).toEqual([A]);
    const dump = await dumpGraph(testApp.db, PREFIX);
    expect(dump.find((item) => item.key === `${A} -COLLABORATES_WITH-> ${B}`)?.props).toMatchObject({
      updatedBy: testApp.actorName,
      id,
    });
  });

  it('is idempotent: the same pair (either order), kind and start give the same one link', async () => {
    const again = await ok<{ addCollaboration: { id: string; weight: number; title: string } }>(ADD, {
      input: { ...link, from: B, to: A, weight: 3 },
    });
    expect(again.addCollaboration).toMatchObject({ id, weight: 3, title: '공동연구' });
    const links = (await dumpGraph(testApp.db, PREFIX)).filter((item) => item.labels.includes('COLLABORATES_WITH'));
    expect(links).toHaveLength(1);
    const other = await ok<{ addCollaboration: { id: string } }>(ADD, { input: { ...link, kind: 'MOU' } });
    expect(other.addCollaboration.id).not.toBe(id);
  });

  it('uses a client id for a new link, and refuses one that already names another link', async () => {
    const client = await ok<{ addCollaboration: { id: string } }>(ADD, {
      input: { ...link, id: `${PREFIX}LNK-1`, to: `${PREFIX}C` },
    });
    expect(client.addCollaboration.id).toBe(`${PREFIX}LNK-1`);
    expect(await refused(ADD, { input: { ...link, id: `${PREFIX}LNK-1`, since: '2020-01-01' } })).toMatchObject({
      code: 'CONFLICT',
      argument: 'input.id',
    });
  });

  it.each([
    [{ ...link, to: A }, 'BAD_USER_INPUT', 'input.to'],
    [{ ...link, to: 'ORG-NOBODY' }, 'NOT_FOUND', 'input.to'],
    [{ ...link, from: 'ORG-NOBODY' }, 'NOT_FOUND', 'input.from'],
    [{ ...link, since: '2024-02-30' }, 'BAD_USER_INPUT', 'input.since'],
    [{ ...link, since: '2024-03-01', until: '2023-01-01' }, 'BAD_USER_INPUT', 'input.until'],
    [{ ...link, weight: 0 }, 'BAD_USER_INPUT', 'input.weight'],
    [{ ...link, title: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'input.title'],
    [{ ...link, source: ' ' }, 'BAD_USER_INPUT', 'input.source'],
    [{ ...link, kind: 'FRIENDSHIP' }, 'BAD_USER_INPUT', 'input'],
  ])('refuses %o with %s naming %s, changing nothing', async (input, code, argument) => {
    expect(await refused(ADD, { input })).toMatchObject({ code, argument });
  });

  describe('endCollaboration', () => {
    it('sets the end date; asOf after it no longer lists the link', async () => {
      const ended = await ok<{ endCollaboration: { until: string } }>(END, { id, until: '2024-12-31' });
      expect(ended.endCollaboration.until).toBe('2024-12-31');
      const asOf = async (date: string) =>
        (
          await ok<{ organization: { collaborations: Array<{ id: string }> } }>(
            `query($id: ID!, $asOf: String) { organization(id: $id) { collaborations(filter: { asOf: $asOf,
          kinds: [JOINT_RD] }) { id } } }`,
            { id: A, asOf: date },
          )
        ).organization.collaborations.map((l) => l.id);
      expect(await asOf('2024-12-31')).toContain(id);
      expect(await asOf('2025-01-01')).not.toContain(id);
      expect(await asOf('2024-02-29')).not.toContain(id);
      expect(await asOf('2025-01-01')).toContain(`${PREFIX}LNK-1`);
    });

    it.each([
      [{ id: 'LNK-NOTHING', until: '2025-01-01' }, 'NOT_FOUND', 'id'],
      [{ id: 'IDX', until: '2020-01-01' }, 'BAD_USER_INPUT', 'until'],
      [{ id: 'IDX', until: '31/12/2025' }, 'BAD_USER_INPUT', 'until'],
    ])('refuses %o with %s naming %s, changing nothing', async (variables, code, argument) => {
      expect(await refused(END, { ...variables, id: variables.id === 'IDX' ? id : variables.id })).toMatchObject({
        code,
        argument,
      });
    });
  });
});

describe('recordAttendance', () => {
  it('records the attendance and changes the role on a second call, one link either way', async () => {
    const first = await ok<{
      recordAttendance: {
        role: string;
        source: string;
        event: { participants: Array<{ organization: { id: string }; role: string }> };
      };
    }>(ATTEND, { eventId, orgId: A, role: 'PARTICIPANT' });
    expect(first.recordAttendance).toMatchObject({ role: 'PARTICIPANT', source: 'api' });
    expect(first.recordAttendance.event.participants).toContainEqual({ organization: { id: A }, role: 'PARTICIPANT' });
    const second = await ok<{
      recordAttendance: { organization: { events: Array<{ role: string; event: { id: string } }> } };
    }>(ATTEND, { eventId, orgId: A, role: 'SPEAKER' });
    expect(second.recordAttendance.organization.events).toEqual([{ role: 'SPEAKER', event: { id: eventId } }]);
  });

  it.each([
    [{ eventId: 'EVT-NOTHING', orgId: A, role: 'HOST' }, 'NOT_FOUND', 'eventId'],
    [{ eventId: 'EVENT', orgId: 'ORG-NOBODY', role: 'HOST' }, 'NOT_FOUND', 'orgId'],
    [{ eventId: 'EVENT', orgId: A, role: 'JUGGLER' }, 'BAD_USER_INPUT', 'role'],
  ])('refuses %o with %s naming %s, changing nothing', async (variables, code, argument) => {
    expect(
      await refused(ATTEND, { ...variables, eventId: variables.eventId === 'EVENT' ? eventId : variables.eventId }),
    ).toMatchObject({ code, argument });
  });
});
