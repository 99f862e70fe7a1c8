// An import killed halfway (SIGKILL of the CLI process): in one transaction it leaves the database as it
// was; in committed batches (large imports) it leaves a part, and a rerun brings the database to exactly
// the state an uninterrupted import gives (docs/data.md, "Atomicity").
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@siheung/core/test-support';
import { contentHash, countByLabel, deletePrefix, dumpGraph, type DumpEntry } from '../../test/graph-dump.ts';
import { writeDatasetFiles } from '../export/index.ts';
import { generateDataset, readSampleVocabulary } from '../generate/index.ts';
import { collectInputs } from './import-input.ts';
import { importFiles } from './import-files.ts';
import { testNeo4jEnv } from '@siheung/core/test-support';

const PREFIX = 'T-KILL-';
const REPO = resolve(import.meta.dirname, '../../..');

const withoutImportTime = (dump: readonly DumpEntry[]) =>
  dump.map(({ props: { importedAt: _at, ...props }, ...rest }) => ({ ...rest, props }));

/**
 * Runs `pnpm data import` as one node process (tsx as a loader: its CLI would run the import in a grandchild that
 * SIGKILL misses).
 */
function startImport(dir: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'seed/src/cli.ts', 'import', dir, '--progress', ...args], {
    cwd: REPO,
    env: { ...process.env, ...testNeo4jEnv() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function killWhen(child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let waited = 0; waited < 120_000; waited += 100) {
    if (child.exitCode !== null) throw new Error('the import finished before it could be killed');
    if (await ready()) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  await exited;
}

describe('an import killed halfway', () => {
  const db = openTestDatabase();
  const scratch = mkdtempSync(join(tmpdir(), 'seed-kill-'));
  const dir = join(scratch, 'graph');
  let clean: ReturnType<typeof withoutImportTime>;
  let total: number;

  /** Organisations in the whole database (a cheap query, polled while the import runs). */
  const organizations = async () => Number((await db.read('load-count-organizations'))[0]?.count ?? 0);
  let sampleOrganizations = 0;

  beforeAll(async () => {
    await deletePrefix(db, PREFIX);
    sampleOrganizations = await organizations();
    const { dataset } = generateDataset({
      orgs: 3000,
      links: 15_000,
      seed: 5,
      prefix: PREFIX,
      ...(await readSampleVocabulary()),
    });
    writeDatasetFiles(dataset, dir);
    // The state an uninterrupted import gives.
    const { inputs } = await collectInputs([dir]);
    expect((await importFiles(db, inputs)).problems).toEqual([]);
    const dump = await dumpGraph(db, PREFIX);
    clean = withoutImportTime(dump);
    total = dump.length;
    await deletePrefix(db, PREFIX);
  });
  afterAll(async () => {
    await deletePrefix(db, PREFIX);
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('in one transaction: leaves the database exactly as it was', async () => {
    const before = await dumpGraph(db, '');
    const child = startImport(dir, ['--transaction', 'single', '--batch-size', '100']);
    let progress = '';
    child.stderr?.on('data', (chunk: Buffer) => (progress += chunk.toString()));
    // Killed once it reports rows written (inside its one transaction).
    await killWhen(child, async () => /importing .* [1-9]\d*\/\d+ rows/.test(progress));
    expect(progress).toMatch(/importing/);
    const after = await dumpGraph(db, '');
    expect(countByLabel(after)).toEqual(countByLabel(before));
    expect(contentHash(after)).toBe(contentHash(before));
  }, 180_000);

  it('in committed batches: a rerun reaches exactly the state of an uninterrupted import', async () => {
    const child = startImport(dir, ['--transaction', 'batched', '--batch-size', '100']);
    // Killed once some organisations are committed, before the links are.
    await killWhen(child, async () => (await organizations()) >= sampleOrganizations + 500);
    const partial = await dumpGraph(db, PREFIX);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(total);

    const { inputs } = await collectInputs([dir]);
    const rerun = await importFiles(db, inputs, { transaction: 'batched' });
    expect(rerun.problems).toEqual([]);
    expect(rerun.summary?.organizations.unchanged).toBeGreaterThanOrEqual(500);
    const after = withoutImportTime(await dumpGraph(db, PREFIX));
    expect(after.length).toBe(clean.length);
    expect(contentHash(after)).toBe(contentHash(clean));
  }, 180_000);
});
