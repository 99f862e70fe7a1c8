// Import vs a raw batched-UNWIND loop: the same generated rows written by the product's importer (read CSV, decode,
// validate against files and database, upsert with hashes, provenance and search keys) and by the plainest batched
// MERGE per type (bench/cypher/import-bench-raw-*.cypher), one after the other in the same Neo4j, each side on an
// emptied graph (same schema, same warm JVM): a new database per side would cost two JVM starts for nothing measured.
import type { Dataset, DatasetType } from '@siheung/seed';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { phase } from './bench-phases.ts';
import {
  generatedGraph,
  IMPORT_BATCH_SIZE,
  importWithProduct,
  markLoaded,
  unmarkLoaded,
  type GraphSize,
} from './graph-cache.ts';
import type { RatioRow } from './ratio-table.ts';

/** Raw query per type, in dependency order. */
const RAW: readonly [DatasetType, string][] = [
  ['hubs', 'import-bench-raw-hubs'],
  ['capabilities', 'import-bench-raw-capabilities'],
  ['programs', 'import-bench-raw-programs'],
  ['organizations', 'import-bench-raw-organizations'],
  ['events', 'import-bench-raw-events'],
  ['projects', 'import-bench-raw-projects'],
  ['organizationCapabilities', 'import-bench-raw-organization-capabilities'],
  ['organizationNeeds', 'import-bench-raw-organization-needs'],
  ['collaborations', 'import-bench-raw-collaborations'],
  ['attendance', 'import-bench-raw-attendance'],
  ['projectMembers', 'import-bench-raw-project-members'],
];

/** Nodes deleted per wipe transaction (with their relationships: about ten each in the generated graphs). */
const WIPE_BATCH = 2000;

export interface ImportResult {
  rows: number;
  rawSeconds: number;
  importerSeconds: number;
  rawRowsPerSecond: number;
  importerRowsPerSecond: number;
  /** How the sides were isolated (printed with the figures). */
  setup: string;
}

/** Empties the graph (everything but the migration records; the schema stays), in batches. */
export async function wipeGraph(neo4j: BenchNeo4j): Promise<void> {
  for (;;) {
    const [row] = await neo4j.db.write('import-bench-wipe', { batch: WIPE_BATCH });
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

/** The raw loop over every row; returns seconds. */
async function rawLoop(neo4j: BenchNeo4j, dataset: Dataset): Promise<number> {
  const started = performance.now();
  for (const [type, query] of RAW) {
    const rows = dataset[type] as object[];
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
      await neo4j.db.writeTransaction(
        (tx) => tx.run(query, { rows: rows.slice(start, start + IMPORT_BATCH_SIZE) }),
        'bench-raw',
      );
    }
  }
  return (performance.now() - started) / 1000;
}

/** The small graph both sides load once before the timed runs: JIT and query plans warm for each, not for one. */
const WARM_UP: Omit<GraphSize, 'seed'> = { orgs: 50, links: 500 };

/**
 * Both sides on `neo4j`, the graph's query database: first a warm-up (a small generated graph through each side, so
 * neither timed side pays for a cold JVM or plans its statements), then raw and importer, each on a wiped graph. The
 * importer's load stays as the graph's database for the query suites and later runs.
 */
export async function importVsRaw(
  neo4j: BenchNeo4j,
  size: GraphSize,
  graph: string,
): Promise<{ result: ImportResult; rows: RatioRow[] }> {
  const { dataset, dir, rows } = await generatedGraph(size);
  unmarkLoaded(neo4j);
  const warmUp = await generatedGraph({ ...WARM_UP, seed: size.seed });
  await phase(`wipe the cached graph (${graph})`, () => wipeGraph(neo4j));
  await phase(`import warm-up, raw (${graph})`, () => rawLoop(neo4j, warmUp.dataset));
  await wipeGraph(neo4j);
  await phase(`import warm-up, importer (${graph})`, () => importWithProduct(neo4j, warmUp.dir));
  await wipeGraph(neo4j);
  const rawSeconds = await rawLoop(neo4j, dataset);
  await phase(`wipe (${graph})`, () => wipeGraph(neo4j));
  const importerSeconds = await importWithProduct(neo4j, dir);
  markLoaded(neo4j, size);
  const setup = 'one Neo4j, both sides warmed up, graph wiped before each; raw first';
  const result = {
    rows,
    rawSeconds,
    importerSeconds,
    rawRowsPerSecond: rows / rawSeconds,
    importerRowsPerSecond: rows / importerSeconds,
    setup,
  };
  return {
    result,
    rows: [
      {
        area: 'Import vs raw UNWIND loop',
        graph,
        question: `${rows.toLocaleString('en-US')} rows, batches of ${IMPORT_BATCH_SIZE} (${setup})`,
        ours:
          `${importerSeconds.toFixed(1)} s, ${Math.round(result.importerRowsPerSecond).toLocaleString('en-US')} ` +
          `rows/s`,
        baseline: `${rawSeconds.toFixed(1)} s, ${Math.round(result.rawRowsPerSecond).toLocaleString('en-US')} rows/s`,
        ratioName: 'throughput importer ÷ raw',
        ratio: rawSeconds / importerSeconds,
        goal: { op: '≥', value: 0.5 },
      },
    ],
  };
}
