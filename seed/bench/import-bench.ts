// Benchmark (not a test): imports a generated graph through the real importer (read, decode, validate
// against files and database, batched UNWIND upserts with hashes, provenance, search keys) and, in the
// same run on the same machine, a raw batched-UNWIND MERGE loop over the same rows; prints both
// throughputs and the conditions. Each runs on its own fresh local Neo4j.
//   node_modules/.bin/tsx seed/bench/import-bench.ts [--orgs 50000] [--links 500000] [--port 7716] [--batch-size 1000]
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyMigrations, openDatabase, type Database } from '@siheung/graph-api/db';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { DATASET_FILES, type Dataset, type DatasetType } from '../src/dataset/index.ts';
import { writeDatasetFiles } from '../src/export/index.ts';
import { generateDataset, readSampleVocabulary } from '../src/generate/index.ts';
import { collectInputs, importFiles } from '../src/import/index.ts';

const { values } = parseArgs({
  options: { orgs: { type: 'string', default: '50000' }, links: { type: 'string', default: '500000' }, port: { type: 'string', default: '7716' }, 'batch-size': { type: 'string', default: '1000' }, heap: { type: 'string', default: '1g' } },
});
const orgs = Number(values.orgs);
const links = Number(values.links);
const batchSize = Number(values['batch-size']);
const scratch = mkdtempSync(join(tmpdir(), 'import-bench-'));

/** Raw query per type (cypher/queries/import-bench-raw-*.cypher), in dependency order. */
const RAW: readonly [DatasetType, string][] = [
  ['hubs', 'import-bench-raw-hubs'], ['capabilities', 'import-bench-raw-capabilities'], ['programs', 'import-bench-raw-programs'],
  ['organizations', 'import-bench-raw-organizations'], ['events', 'import-bench-raw-events'], ['projects', 'import-bench-raw-projects'],
  ['organizationCapabilities', 'import-bench-raw-organization-capabilities'], ['organizationNeeds', 'import-bench-raw-organization-needs'],
  ['collaborations', 'import-bench-raw-collaborations'], ['attendance', 'import-bench-raw-attendance'], ['projectMembers', 'import-bench-raw-project-members'],
];

async function withFreshNeo4j<T>(name: string, work: (db: Database) => Promise<T>): Promise<T> {
  const neo4j = await startLocalNeo4j({ port: Number(values.port), dataDir: join(scratch, name), heap: values.heap, log: () => undefined });
  const db = openDatabase({ uri: neo4j.uri, auth: null, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await applyMigrations(db);
    return await work(db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

async function rawLoop(db: Database, dataset: Dataset): Promise<number> {
  const started = performance.now();
  for (const [type, query] of RAW) {
    const rows = dataset[type] as object[];
    for (let start = 0; start < rows.length; start += batchSize) {
      await db.writeTransaction((tx) => tx.run(query, { rows: rows.slice(start, start + batchSize) }), 'bench-raw');
    }
  }
  return (performance.now() - started) / 1000;
}

async function importer(db: Database, dir: string): Promise<number> {
  const started = performance.now();
  const { inputs } = await collectInputs([dir]);
  const report = await importFiles(db, inputs, { transaction: 'batched', batchSize });
  if (report.problems.length > 0) throw new Error(`bench: the generated graph has problems: ${report.problems.length}`);
  return (performance.now() - started) / 1000;
}

try {
  const generatedAt = performance.now();
  const { dataset } = generateDataset({ orgs, links, seed: 1, prefix: 'GEN-', ...(await readSampleVocabulary()) });
  const dir = join(scratch, 'graph');
  writeDatasetFiles(dataset, dir);
  const rows = DATASET_FILES.reduce((sum, spec) => sum + (dataset[spec.type as DatasetType] as unknown[]).length, 0);
  console.log(`bench: generated ${orgs} organisations, ${links} links (${rows} rows in all) in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`);
  const raw = await withFreshNeo4j('raw', (db) => rawLoop(db, dataset));
  console.log(`bench: raw batched UNWIND MERGE loop: ${raw.toFixed(1)} s, ${Math.round(rows / raw)} rows/s`);
  const full = await withFreshNeo4j('import', (db) => importer(db, dir));
  console.log(`bench: pnpm data import (read CSV, validate, upsert with hashes, provenance and search keys; batched): ${full.toFixed(1)} s, ${Math.round(rows / full)} rows/s`);
  console.log(`bench: importer / raw throughput = ${(raw / full).toFixed(2)} (goal ≥ 0.5)`);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`bench: conditions: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} free), load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}, Node ${process.version}, local Neo4j 5.26 heap ${values.heap}, batch ${batchSize}, each run on a fresh database`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
