// Mutation.importData over a real multipart upload (the GraphQL multipart request spec, through yoga.fetch):
// the dry-run report first (problems as data, nothing written), then the confirmed import; ids T-UPL-….
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { CSRF_HEADER } from '../limits/limit-plugins.ts';

const IMPORT = `mutation Import($files: [File!]!, $dryRun: Boolean!, $confirm: String) {
  importData(files: $files, dryRun: $dryRun, confirm: $confirm) {
    dryRun valid written fingerprint
    files { name type rows encoding headers }
    problems { file row column value expected message }
    counts { type rows created updated unchanged }
  }
}`;

const ORGANIZATIONS =
  '아이디,이름,영문명,유형,상태\r\nT-UPL-ORG-1,업로드바이오,Upload Bio,기업,운영\r\nT-UPL-ORG-2,업로드병원,Upload Hospital,병원,운영\r\n';
const LINKS = 'id,from,to,kind,since\nT-UPL-LNK-1,T-UPL-ORG-1,T-UPL-ORG-2,CLINICAL_TRIAL,2025-03-01\n';

describe('Mutation.importData', () => {
  const testApp = createTestApp({ role: 'staff' });
  const wipe = () => testApp.db.write('load-test-delete-prefix', { prefix: 'T-UPL-' });

  async function upload(files: { name: string; bytes: Uint8Array }[], variables: Record<string, unknown>) {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: IMPORT, variables: { ...variables, files: files.map(() => null) } }),
    );
    form.append(
      'map',
      JSON.stringify(Object.fromEntries(files.map((_, index) => [String(index), [`variables.files.${index}`]]))),
    );
    files.forEach((file, index) => form.append(String(index), new Blob([Buffer.from(file.bytes)]), file.name));
    const response = await testApp.fetch('/graphql', { method: 'POST', body: form, headers: { [CSRF_HEADER]: '1' } });
    return (await response.json()) as {
      data?: { importData: Record<string, unknown> } | null;
      errors?: { extensions?: Record<string, unknown> }[];
    };
  }
  const count = async () => Number((await testApp.db.read('load-test-dump-prefix', { prefix: 'T-UPL-' })).length);

  beforeAll(wipe);
  afterAll(async () => {
    await wipe();
    await testApp.close();
  });

  const files = [
    { name: '기관.csv', bytes: new TextEncoder().encode(`\uFEFF${ORGANIZATIONS}`) },
    { name: 'collaborations.csv', bytes: new TextEncoder().encode(LINKS) },
  ];

  it('reports every problem of a bad upload as data, and writes nothing', async () => {
    const bad = [
      files[0]!,
      {
        name: 'collaborations.csv',
        bytes: new TextEncoder().encode(
          LINKS.replace('CLINICAL_TRIAL', 'TRIAL').replace('T-UPL-ORG-2,', 'T-UPL-NOPE,'),
        ),
      },
    ];
    const result = await upload(bad, { dryRun: false });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importData).toMatchObject({ dryRun: false, valid: false, written: false, counts: [] });
    expect(result.data?.importData.problems).toEqual([
      {
        file: 'collaborations.csv',
        row: 2,
        column: 'kind',
        value: 'TRIAL',
        expected: expect.stringMatching(/^one of JOINT_RD/),
        message: expect.stringMatching(/^collaborations\.csv:2:kind: expected one of/),
      },
      {
        file: 'collaborations.csv',
        row: 2,
        column: 'to',
        value: 'T-UPL-NOPE',
        expected: 'an id defined in organizations.csv or already in the database',
        message: expect.any(String),
      },
    ]);
    expect(await count()).toBe(0);
  });

  it('dry-runs, imports the confirmed files, and a second import changes nothing', async () => {
    const dry = (await upload(files, { dryRun: true })).data?.importData;
    expect(dry).toMatchObject({ dryRun: true, valid: true, written: false });
    expect(dry?.files).toEqual([
      { name: '기관.csv', type: 'organizations', rows: 2, encoding: 'utf-8 (BOM)', headers: 'ko' },
      { name: 'collaborations.csv', type: 'collaborations', rows: 1, encoding: 'utf-8', headers: 'en' },
    ]);
    expect(dry?.counts).toContainEqual({ type: 'organizations', rows: 2, created: 2, updated: 0, unchanged: 0 });
    expect(await count()).toBe(0);

    const changed = [
      files[0]!,
      { name: 'collaborations.csv', bytes: new TextEncoder().encode(LINKS.replace('2025-03-01', '2025-03-02')) },
    ];
    const conflict = await upload(changed, { dryRun: false, confirm: dry?.fingerprint });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'confirm' });
    expect(await count()).toBe(0);

    const done = (await upload(files, { dryRun: false, confirm: dry?.fingerprint })).data?.importData;
    expect(done).toMatchObject({
      dryRun: false,
      valid: true,
      written: true,
      fingerprint: dry?.fingerprint,
      counts: dry?.counts,
    });
    const organizations = await testApp.graphql<{ organization: { name: string; kind: string } }>(
      `{ organization(id: "T-UPL-ORG-1") { name kind } }`,
    );
    expect(organizations.data?.organization).toEqual({ name: '업로드바이오', kind: 'COMPANY' });

    const again = (await upload(files, { dryRun: false })).data?.importData;
    expect(again?.counts).toContainEqual({ type: 'collaborations', rows: 1, created: 0, updated: 0, unchanged: 1 });
  });

  const dataVersion = async () => Number((await testApp.db.read('analytics-data-version'))[0]?.version ?? 0);

  it('raises the data version once for an import that changes something, and not for its dry run', async () => {
    await wipe();
    const start = await dataVersion();
    await upload(files, { dryRun: true });
    expect(await dataVersion()).toBe(start);
    expect((await upload(files, { dryRun: false })).data?.importData).toMatchObject({ written: true });
    expect(await dataVersion()).toBe(start + 1);
  });

  it('leaves the data version alone for a re-import that changes nothing', async () => {
    await upload(files, { dryRun: false });
    const start = await dataVersion();
    const again = (await upload(files, { dryRun: false })).data?.importData;
    expect(again?.counts).toContainEqual({ type: 'organizations', rows: 2, created: 0, updated: 0, unchanged: 2 });
    expect(await dataVersion()).toBe(start);
  });

  it('refuses an upload of too many files, naming the argument', async () => {
    const many = Array.from({ length: 21 }, (_, index) => ({
      name: `f${index}.csv`,
      bytes: new TextEncoder().encode('id\n'),
    }));
    const result = await upload(many, { dryRun: true });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'files' });
  });
});
