// Export is faithful: a CP949 file with Korean names and headers comes back byte for byte through import and
// export; and export → import into an EMPTY database (a second local Neo4j, started here) gives the identical
// graph (same nodes, links and properties; only importedAt differs) and exports to the identical files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, openDatabase, type Database } from '@siheung/core/db';
import { openTestDatabase, withTestStatements } from '@siheung/core/test-support';
import { startLocalNeo4j, type RunningNeo4j } from '../../../neo4j/local-neo4j.ts';
import { FIXTURES_DIR } from '../../test/dataset-fixtures.ts';
import { contentHash, countByLabel, deletePrefix, dumpGraph, entry, type DumpEntry } from '../../test/graph-dump.ts';
import { readDataset } from '../dataset/index.ts';
import { readSampleVocabulary } from '../generate/index.ts';
import { generateDataset } from '../generate/generate-dataset.ts';
import { collectInputs, importFiles } from '../import/index.ts';
import { readGraphDataset } from './read-graph-dataset.ts';
import { writeDatasetFiles } from './write-dataset-files.ts';

const CP949_DIR = join(FIXTURES_DIR, 'cp949-roundtrip');
const RT = 'T-RT-';

/** The dump without importedAt: the time of the import, the one property a faithful copy cannot share. */
const content = (dump: readonly DumpEntry[]) =>
  dump.map(({ props, types, ...rest }) => {
    const { importedAt: _at, ...kept } = props;
    const { importedAt: _type, ...keptTypes } = types;
    return { ...rest, props: kept, types: keptTypes };
  });

async function importDir(db: Database, dir: string) {
  const { inputs } = await collectInputs([dir]);
  const report = await importFiles(db, inputs);
  expect(report.problems).toEqual([]);
  return report;
}

describe('export → import round trips', () => {
  const db = openTestDatabase();
  const scratch = mkdtempSync(join(tmpdir(), 'seed-roundtrip-'));
  let empty: RunningNeo4j;
  let emptyDb: Database;

  beforeAll(async () => {
    await deletePrefix(db, 'T-CP949-');
    await deletePrefix(db, RT);
    const port = Number(process.env.NEO4J_TEST_EXTRA_PORT ?? Number(process.env.NEO4J_TEST_PORT ?? 7688) + 10);
    const dataDir = join(scratch, 'empty-neo4j');
    empty = await startLocalNeo4j({ port, dataDir, log: () => undefined, quickJit: true });
    emptyDb = openDatabase(
      { uri: empty.uri, auth: empty.auth, database: 'neo4j', queryTimeoutMs: 60_000 },
      withTestStatements,
    );
    await applyMigrations(emptyDb);
  });
  afterAll(async () => {
    await deletePrefix(db, 'T-CP949-');
    await deletePrefix(db, RT);
    await db.close();
    await emptyDb?.close();
    await empty?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('brings Korean text back byte for byte from a CP949 file (Korean names, headers, CRLF, Excel)', async () => {
    const report = await importDir(db, CP949_DIR);
    expect(new Set(report.files.map((file) => `${file.encoding}/${file.headers}`))).toEqual(new Set(['cp949/ko']));
    const dump = await dumpGraph(db, 'T-CP949-');
    expect(entry(dump, 'T-CP949-ORG-1').props).toMatchObject({
      name: '똠방각하바이오(주)',
      aliases: ['똠방', '뷁랩'],
      description: '배지·필터를 만든다.\n둘째 줄: "품질" 인증',
    });
    expect(entry(dump, 'T-CP949-ORG-2 -COLLABORATES_WITH-> T-CP949-ORG-1').props.title).toBe('=배지 기술이전');

    const out = join(scratch, 'cp949-out');
    writeDatasetFiles(await readGraphDataset(db, { prefix: 'T-CP949-' }), out, { language: 'ko', encoding: 'cp949' });
    const files = readdirSync(CP949_DIR).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const file of files)
      expect({ file, bytes: readFileSync(join(out, file)) }).toEqual({
        file,
        bytes: readFileSync(join(CP949_DIR, file)),
      });
  });

  it('gives the identical graph in an empty database, and the identical files when exported again', async () => {
    // A generated graph, plus organisations whose names a spreadsheet would take for formulas.
    const source = join(scratch, 'source');
    const { dataset } = generateDataset({
      orgs: 300,
      links: 1500,
      seed: 21,
      prefix: RT,
      ...(await readSampleVocabulary()),
    });
    const names = ['=SUM(A1:A9)', '+82-31-123-4567', '-5', '@import', "'=quoted", '쉼표, "따옴표"'];
    dataset.organizations
      .slice(0, names.length)
      .forEach((org, index) => Object.assign(org, { name: names[index], description: names[index] }));
    writeDatasetFiles(dataset, source);
    await importDir(db, source);
    const original = await dumpGraph(db, RT);

    const exported = join(scratch, 'export-1');
    const first = writeDatasetFiles(await readGraphDataset(db, { prefix: RT }), exported);
    expect((await readDataset(exported)).organizations).toHaveLength(300);
    const report = await importDir(emptyDb, exported);
    expect(report.summary?.collaborations).toEqual({ rows: 1500, created: 1500, updated: 0, unchanged: 0 });

    // The copy's data (its own bookkeeping nodes, such as the applied migrations, aside).
    const copy = await dumpGraph(emptyDb, RT);
    expect(countByLabel(copy)).toEqual(countByLabel(original));
    expect(contentHash(content(copy))).toBe(contentHash(content(original)));
    expect(entry(copy, `${RT}ORG-00001`).props.name).toBe('=SUM(A1:A9)');

    const again = writeDatasetFiles(await readGraphDataset(emptyDb), join(scratch, 'export-2'));
    expect(again.digest).toBe(first.digest);
    for (const file of readdirSync(exported))
      expect(readFileSync(join(scratch, 'export-2', file)).equals(readFileSync(join(exported, file)))).toBe(true);
  }, 180_000);

  it('exports a scope with everything it refers to, so it imports on its own', async () => {
    const hub = `${RT}HUB-01`;
    const scoped = await readGraphDataset(db, { hubs: [hub], kinds: ['COMPANY'] });
    expect(scoped.organizations.length).toBeGreaterThan(0);
    expect(scoped.organizations.every((org) => org.hub === hub && org.kind === 'COMPANY')).toBe(true);
    const ids = new Set(scoped.organizations.map((org) => org.id));
    expect(scoped.collaborations.every((link) => ids.has(link.from) && ids.has(link.to))).toBe(true);
    const dir = join(scratch, 'scoped');
    writeDatasetFiles(scoped, dir);
    // Valid on its own: every reference resolves within the files.
    expect((await readDataset(dir)).organizations).toHaveLength(scoped.organizations.length);
  });
});
