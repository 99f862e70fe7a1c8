// Import vs a raw batched-UNWIND loop: the same generated rows written by the product's importer (read CSV, decode,
// validate against files and database, upsert with hashes, provenance and search keys) and by the plainest batched
// MERGE per type (cypher/queries/import-bench-raw-*.cypher), each into a fresh Neo4j, one after the other.
import type { Dataset, DatasetType } from '../../seed/src/dataset/index.ts';
import { rmSync } from 'node:fs';
import { neo4jDir, PORTS } from './bench-paths.ts';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { generatedGraph, IMPORT_BATCH_SIZE, importWithProduct, markLoaded, queryDatabaseName, type GraphSize } from './graph-cache.ts';
import type { RatioRow } from './ratio-table.ts';

/** Raw query per type, in dependency order. */
const RAW: readonly [DatasetType, string][] = [
  ['hubs', 'import-bench-raw-hubs'], ['capabilities', 'import-bench-raw-capabilities'], ['programs', 'import-bench-raw-programs'],
  ['organizations', 'import-bench-raw-organizations'], ['events', 'import-bench-raw-events'], ['projects', 'import-bench-raw-projects'],
  ['organizationCapabilities', 'import-bench-raw-organization-capabilities'], ['organizationNeeds', 'import-bench-raw-organization-needs'],
  ['collaborations', 'import-bench-raw-collaborations'], ['attendance', 'import-bench-raw-attendance'], ['projectMembers', 'import-bench-raw-project-members'],
];

export interface ImportResult {
  rows: number;
  rawSeconds: number;
  importerSeconds: number;
  rawRowsPerSecond: number;
  importerRowsPerSecond: number;
}

async function rawLoop(neo4j: BenchNeo4j, dataset: Dataset): Promise<number> {
  const started = performance.now();
  for (const [type, query] of RAW) {
    const rows = dataset[type] as object[];
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
      await neo4j.db.writeTransaction((tx) => tx.run(query, { rows: rows.slice(start, start + IMPORT_BATCH_SIZE) }), 'bench-raw');
    }
  }
  return (performance.now() - started) / 1000;
}

/** Each side on its own fresh database (started before the clock), stopped after. */
async function onFreshDatabase(name: string, port: number, work: (neo4j: BenchNeo4j) => Promise<number>): Promise<number> {
  const neo4j = await startBenchNeo4j(name, port, { fresh: true });
  try {
    return await work(neo4j);
  } finally {
    await neo4j.stop();
  }
}

export async function importVsRaw(size: GraphSize, graph: string): Promise<{ result: ImportResult; rows: RatioRow[] }> {
  const { dataset, dir, rows } = await generatedGraph(size);
  const rawSeconds = await onFreshDatabase('import-raw', PORTS.importRaw, (neo4j) => rawLoop(neo4j, dataset));
  rmSync(neo4jDir('import-raw'), { recursive: true, force: true });
  // The importer's database becomes the graph's query database (cached for later runs): no second load.
  const importerSeconds = await onFreshDatabase(queryDatabaseName(size), PORTS.importOurs, async (neo4j) => {
    const seconds = await importWithProduct(neo4j, dir);
    markLoaded(neo4j, size);
    return seconds;
  });
  const result = { rows, rawSeconds, importerSeconds, rawRowsPerSecond: rows / rawSeconds, importerRowsPerSecond: rows / importerSeconds };
  return {
    result,
    rows: [{
      area: 'Import vs raw UNWIND loop',
      graph,
      question: `${rows.toLocaleString('en-US')} rows, batches of ${IMPORT_BATCH_SIZE}`,
      ours: `${importerSeconds.toFixed(1)} s, ${Math.round(result.importerRowsPerSecond).toLocaleString('en-US')} rows/s`,
      baseline: `${rawSeconds.toFixed(1)} s, ${Math.round(result.rawRowsPerSecond).toLocaleString('en-US')} rows/s`,
      ratioName: 'throughput importer ÷ raw',
      ratio: rawSeconds / importerSeconds,
      goal: { op: '≥', value: 0.5 },
    }],
  };
}
