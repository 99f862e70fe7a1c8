// Generated graphs (the `pnpm data generate` code) cached on disk by (size, seed), and a query database per graph
// loaded once through the real importer and kept under .data/bench-db-<key> for the next run.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@siheung/seed';
import { collectInputs, importFiles } from '@siheung/seed/import';
import { writeDatasetFiles } from '@siheung/seed/export';
import { generateDataset, readSampleVocabulary } from '@siheung/seed/generate';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { graphDir, neo4jDir, PORTS } from './bench-paths.ts';

export interface GraphSize {
  orgs: number;
  links: number;
  seed: number;
}

export const graphKey = ({ orgs, links, seed }: GraphSize): string => `${orgs}x${links}-s${seed}`;
export const IMPORT_BATCH_SIZE = 1000;
const MARKER = 'bench-complete.json';

/** The graph in memory (deterministic for its seed), written to its cache folder if not there yet. */
export async function generatedGraph(size: GraphSize): Promise<{ dataset: Dataset; dir: string; rows: number }> {
  const dir = graphDir(graphKey(size));
  const { dataset } = generateDataset({ ...size, prefix: 'GEN-', ...(await readSampleVocabulary()) });
  if (!existsSync(join(dir, MARKER))) {
    rmSync(dir, { recursive: true, force: true });
    writeDatasetFiles(dataset, dir);
    writeFileSync(join(dir, MARKER), JSON.stringify(size));
  }
  return { dataset, dir, rows: countRows(dataset) };
}

/** The folder of the graph's CSV files, generated only when the cache has none. */
export async function graphFiles(size: GraphSize): Promise<string> {
  const dir = graphDir(graphKey(size));
  return existsSync(join(dir, MARKER)) ? dir : (await generatedGraph(size)).dir;
}

export function countRows(dataset: Dataset): number {
  return Object.values(dataset).reduce((sum, rows) => sum + (Array.isArray(rows) ? rows.length : 0), 0);
}

/** Imports the CSV folder with the product's importer (read, validate, batched upserts); returns seconds. */
export async function importWithProduct(neo4j: BenchNeo4j, dir: string): Promise<number> {
  const started = performance.now();
  const { inputs } = await collectInputs([dir]);
  const report = await importFiles(neo4j.db, inputs, { transaction: 'batched', batchSize: IMPORT_BATCH_SIZE });
  if (report.problems.length > 0)
    throw new Error(`bench: the generated graph ${dir} has ${report.problems.length} import problems`);
  return (performance.now() - started) / 1000;
}

/** The data folder of a graph's query database. */
export const queryDatabaseName = (size: GraphSize): string => `db-${graphKey(size)}`;

/** Marks a database the importer loaded completely with this graph, for the next run (and the query suites). */
export function markLoaded(neo4j: BenchNeo4j, size: GraphSize): void {
  writeFileSync(join(neo4j.dataDir, MARKER), JSON.stringify(size));
}

/** Takes the mark off before the database's graph is replaced (a run that dies midway then leaves it unmarked). */
export function unmarkLoaded(neo4j: BenchNeo4j): void {
  rmSync(join(neo4j.dataDir, MARKER), { force: true });
}

/** Whether the graph's query database holds the whole graph, loaded by an earlier run. */
export function isCached(size: GraphSize): boolean {
  const marker = join(neo4jDir(queryDatabaseName(size)), MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(size);
}

/**
 * The query database of a graph: reused when an earlier run (or this run's import comparison) loaded it, else loaded
 * now.
 */
export async function queryDatabase(
  size: GraphSize,
  log: (line: string) => void,
  port: number = PORTS.queries,
): Promise<BenchNeo4j> {
  const name = queryDatabaseName(size);
  const cached = isCached(size);
  const neo4j = await startBenchNeo4j(name, port, { fresh: !cached, heap: '2g' });
  if (!cached) {
    const seconds = await importWithProduct(neo4j, await graphFiles(size));
    markLoaded(neo4j, size);
    log(`bench: loaded ${graphKey(size)} through the importer in ${seconds.toFixed(1)} s (cached in ${neo4j.dataDir})`);
  }
  return neo4j;
}
