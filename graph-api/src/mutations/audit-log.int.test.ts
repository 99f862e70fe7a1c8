// The audit log: every write (each mutation, imports through the API and the data CLI, key management) leaves one
// entry with who, when, what and the entity before and after, in the same transaction; a refused write leaves none;
// only admins can read it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@siheung/seed/cli';
import { createTestApp } from '../../test/test-app.ts';
import { CSRF_HEADER } from '../limits/limit-plugins.ts';
import { testNeo4jLocalEnv } from '@siheung/core/test-support';

const P = 'T-AUDIT-';
const staff = createTestApp({ role: 'staff' });
const admin = createTestApp({ role: 'admin' });
const EVENT = 'EVT-20250710-BIO-SALON';

interface Entry {
  at: string;
  actor: string;
  actorRole: string;
  keyId: string | null;
  operation: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}

const ENTRY = 'at actor actorRole keyId operation entityType entityId before after';

async function entriesFor(entityId: string): Promise<Entry[]> {
  const result = await admin.graphql<{ auditLog: { edges: Array<{ node: Entry }> } }>(
    `query($entityId: String) { auditLog(entityId: $entityId, first: 200) { edges { node { ${ENTRY} } } } }`,
    { entityId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.auditLog.edges.map((edge) => edge.node).reverse(); // oldest first
}

async function write(document: string, variables: Record<string, unknown>) {
  const result = await staff.graphql(document, variables);
  expect(result.errors).toBeUndefined();
}

const json = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));
const wipe = async () => {
  await staff.db.write('load-test-delete-prefix', { prefix: P });
  await staff.db.write('test-delete-audit-prefix', { prefix: P });
};

beforeAll(wipe);
afterAll(async () => {
  await wipe();
  await staff.close();
  await admin.close();
});

const UPSERT = 'mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }';

describe('the audit log', () => {
  it('records each organisation write with who, the operation and the organisation before and after', async () => {
    await write(UPSERT, {
      input: {
        id: `${P}A`,
        name: '감사바이오',
        nameEn: 'Audit Bio',
        kind: 'COMPANY',
        source: 'test:audit',
        synthetic: true,
      },
    });
    await write(UPSERT, { input: { id: `${P}A`, employees: 42 } });
    await write('mutation($orgId: ID!, $ids: [ID!]!) { setCapabilities(orgId: $orgId, capabilityIds: $ids) { id } }', {
      orgId: `${P}A`,
      ids: ['SEC-CDMO'],
    });
    await write('mutation($orgId: ID!, $needs: [NeedInput!]!) { setNeeds(orgId: $orgId, needs: $needs) { id } }', {
      orgId: `${P}A`,
      needs: [{ capabilityId: 'SEC-CDMO', priority: 2 }],
    });

    const entries = await entriesFor(`${P}A`);
    expect(entries.map((entry) => entry.operation)).toEqual([
      'upsertOrganization',
      'upsertOrganization',
      'setCapabilities',
      'setNeeds',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor: staff.actorName,
        actorRole: 'STAFF',
        entityType: 'Organization',
        entityId: `${P}A`,
      });
      expect(entry.keyId).toMatch(/^[0-9a-f]{12}$/);
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(120_000);
    }
    const [created, updated, capabilities, needs] = entries.map((entry) => ({
      before: json(entry.before),
      after: json(entry.after),
    }));
    expect(created!.before).toBeNull();
    expect(created!.after).toMatchObject({ id: `${P}A`, name: '감사바이오', capabilities: [], needs: [] });
    expect(created!.after).not.toHaveProperty('searchText');
    expect(updated!.before).toMatchObject({ name: '감사바이오' });
    expect(updated!.before).not.toHaveProperty('employees');
    expect(updated!.after).toMatchObject({ employees: 42 });
    expect([capabilities!.before!.capabilities, capabilities!.after!.capabilities]).toEqual([[], ['SEC-CDMO']]);
    expect([needs!.before!.needs, needs!.after!.needs]).toEqual([[], [{ capabilityId: 'SEC-CDMO', priority: 2 }]]);
  });

  it('records link, attendance and match feedback writes, and nothing for a refused write', async () => {
    await write(UPSERT, {
      input: {
        id: `${P}B`,
        name: '감사병원',
        nameEn: 'Audit Hospital',
        kind: 'HOSPITAL',
        source: 'test:audit',
        synthetic: true,
      },
    });
    const link = {
      id: `${P}LNK`,
      from: `${P}A`,
      to: `${P}B`,
      kind: 'MOU',
      since: '2024-01-02',
      source: 'test:audit',
      synthetic: true,
    };
    await write('mutation($input: CollaborationInput!) { addCollaboration(input: $input) { id } }', { input: link });
    await write('mutation($input: CollaborationInput!) { addCollaboration(input: $input) { id } }', {
      input: { ...link, id: undefined, weight: 3 },
    });
    await write('mutation($id: ID!) { endCollaboration(id: $id, until: "2025-01-01") { id } }', { id: `${P}LNK` });
    const refused = await staff.graphql(
      'mutation($id: ID!) { endCollaboration(id: $id, until: "2020-01-01") { id } }',
      { id: `${P}LNK` },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const linkEntries = await entriesFor(`${P}LNK`);
    expect(linkEntries.map((entry) => entry.operation)).toEqual([
      'addCollaboration',
      'addCollaboration',
      'endCollaboration',
    ]);
    expect(json(linkEntries[0]!.before)).toBeNull();
    expect(json(linkEntries[0]!.after)).toMatchObject({
      from: `${P}A`,
      to: `${P}B`,
      kind: 'MOU',
      since: '2024-01-02',
      weight: 1,
    });
    expect([json(linkEntries[1]!.before)!.weight, json(linkEntries[1]!.after)!.weight]).toEqual([1, 3]);
    expect([json(linkEntries[2]!.before)!.until ?? null, json(linkEntries[2]!.after)!.until]).toEqual([
      null,
      '2025-01-01',
    ]);

    await write(
      `mutation($orgId: ID!, $eventId: ID!) { recordAttendance(orgId: $orgId, eventId: $eventId, role:
      PARTICIPANT) { role } }`,
      { orgId: `${P}A`, eventId: EVENT },
    );
    const [attendance] = await entriesFor(`${P}A/${EVENT}`);
    expect(attendance).toMatchObject({ operation: 'recordAttendance', entityType: 'Attendance', before: null });
    expect(json(attendance!.after)).toMatchObject({ orgId: `${P}A`, eventId: EVENT, role: 'PARTICIPANT' });

    await write(
      `mutation($orgId: ID!, $candidateId: ID!) { recordMatchFeedback(orgId: $orgId, candidateId: $candidateId,
      decision: CONTACTED, note: "met at the salon") { decision } }`,
      { orgId: `${P}A`, candidateId: `${P}B` },
    );
    const [feedback] = await entriesFor(`${P}A/${P}B`);
    expect(feedback).toMatchObject({
      operation: 'recordMatchFeedback',
      entityType: 'MatchFeedback',
      actor: staff.actorName,
      before: null,
    });
    expect(json(feedback!.after)).toMatchObject({ decision: 'CONTACTED', note: 'met at the salon' });
  });

  it('records an import as one entry with its counts, via the API (not a dry run) and `pnpm data import`', async () => {
    const csv =
      `id,name,nameEn,kind,status,source,synthetic\n${P}IMP-1,감사임포트,Audit ` +
      `Import,COMPANY,ACTIVE,test:audit,true\n${P}IMP-2,감사임포트2,Audit Import 2,COMPANY,ACTIVE,test:audit,true\n`;
    const upload = async (dryRun: boolean) => {
      const form = new FormData();
      form.append(
        'operations',
        JSON.stringify({
          query: `mutation($files: [File!]!, $dryRun: Boolean!) { importData(files: $files, dryRun: $dryRun, source:
        "T-AUDIT-upload") { written } }`,
          variables: { files: [null], dryRun },
        }),
      );
      form.append('map', JSON.stringify({ 0: ['variables.files.0'] }));
      form.append('0', new Blob([csv]), 'organizations.csv');
      return (await (
        await staff.fetch('/graphql', { method: 'POST', body: form, headers: { [CSRF_HEADER]: '1' } })
      ).json()) as { data?: { importData: { written: boolean } } };
    };
    expect((await upload(true)).data?.importData.written).toBe(false);
    expect(await entriesFor('T-AUDIT-upload')).toEqual([]);
    expect((await upload(false)).data?.importData.written).toBe(true);
    const [entry, ...more] = await entriesFor('T-AUDIT-upload');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      operation: 'importData',
      entityType: 'Import',
      actor: staff.actorName,
      before: null,
    });
    expect(json(entry!.after)).toMatchObject({
      source: 'T-AUDIT-upload',
      files: ['organizations.csv'],
      counts: { organizations: { rows: 2, created: 2 } },
    });

    const dir = mkdtempSync(join(tmpdir(), 'audit-import-'));
    writeFileSync(join(dir, 'organizations.csv'), csv.replace('Audit Import 2', 'Audit Import Two'));
    const lines: string[] = [];
    const code = await runCli(['import', dir, '--source', 'T-AUDIT-cli'], {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      // With NEO4J_URI unset, as `pnpm data` runs against the local Neo4j: the password comes from its data folder.
      env: testNeo4jLocalEnv(),
    });
    expect(code, lines.join('\n')).toBe(0);
    const [cli, ...others] = await entriesFor('T-AUDIT-cli');
    expect(others).toEqual([]);
    expect(cli).toMatchObject({ operation: 'import', entityType: 'Import', actorRole: 'ADMIN', keyId: null });
    expect(cli!.actor).toMatch(/^cli:/);
    expect(json(cli!.after)).toMatchObject({ counts: { organizations: { rows: 2, created: 0 } } });
  });

  it('is for admins only, newest first, in pages', async () => {
    for (const app of [staff, createTestApp({ role: 'researcher' }), createTestApp()]) {
      const refused = await app.graphql('{ auditLog(first: 1) { edges { node { id } } } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      if (app !== staff) await app.close();
    }
    const page = (after: string | null) =>
      admin.graphql<{
        auditLog: {
          edges: Array<{ cursor: string; node: { id: string; at: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        `query($after: String) { auditLog(first: 2, after: $after, entityId: "T-AUDIT-A") { edges { cursor node
          { id at } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    const first = (await page(null)).data!.auditLog;
    const second = (await page(first.pageInfo.endCursor)).data!.auditLog;
    expect([first.edges.length, second.edges.length, first.pageInfo.hasNextPage]).toEqual([2, 2, true]);
    const all = [...first.edges, ...second.edges].map((edge) => edge.node);
    expect(new Set(all.map((node) => node.id)).size).toBe(4);
    expect(all.map((node) => node.at)).toEqual([...all.map((node) => node.at)].sort().reverse());
    expect(
      (await admin.graphql('{ auditLog(after: "bm9wZQ") { edges { cursor } } }')).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect((await admin.graphql('{ auditLog(first: 0) { edges { cursor } } }')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  it('records key management, never the hash', async () => {
    const made = await admin.graphql<{ createApiKey: { key: { id: string } } }>(
      'mutation { createApiKey(name: "T-AUDIT-key", role: STAFF) { key { id } } }',
    );
    const id = made.data!.createApiKey.key.id;
    await admin.graphql(`mutation { revokeApiKey(id: "${id}") { id } }`);
    const entries = await entriesFor(id);
    expect(entries.map((entry) => entry.operation)).toEqual(['createApiKey', 'revokeApiKey']);
    expect(json(entries[0]!.after)).toMatchObject({ id, name: 'T-AUDIT-key', role: 'staff', revokedAt: null });
    expect(json(entries[1]!.before)).toMatchObject({ revokedAt: null });
    expect(json(entries[1]!.after)!.revokedAt).toMatch(/^\d{4}-/);
    expect(JSON.stringify(entries)).not.toMatch(/hash|[0-9a-f]{64}/);
    await admin.db.write('test-delete-api-key', { id });
  });
});
