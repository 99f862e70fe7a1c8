// Benchmark (not a test) of the network analytics on a large generated graph: networkStats cold and cached, through
// the API (yoga.fetch in process), plus the parts of a cold answer. Target (issue 4): < 2 s cold, < 50 ms cached, at
// 20,000 organisations and 200,000 links.
//
//   pnpm data generate --orgs 20000 --links 200000 --seed 1 --out /tmp/gen-20k
//   NEO4J_URI=bolt://127.0.0.1:7724 pnpm data import /tmp/gen-20k
//   NEO4J_URI=bolt://127.0.0.1:7724 node_modules/.bin/tsx graph-api/bench/analytics-bench.ts
//
// Point NEO4J_URI at a database of its own (never one holding data you need); it only reads, except one
// data-version bump to time a cold answer after a write.
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { ANALYTICS_LIMITS } from '../src/analytics/analytics-limits.ts';
import { buildSnapshot } from '../src/analytics/build-snapshot.ts';
import { DATA_VERSION_BUMP } from '../src/analytics/data-version.ts';
import { centralityValues } from '../src/analytics/metrics/centrality.ts';
import { networkStats } from '../src/analytics/metrics/network-stats.ts';
import { WHOLE_NETWORK } from '../src/analytics/network-model.ts';
import { readProjection } from '../src/analytics/read-projection.ts';
import { createApp } from '../src/app/create-app.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase } from '../src/db/index.ts';

const CACHED_RUNS = 30;
/** Cold answers after a write, each after its own data-version bump (the machine is shared: report the spread). */
const COLD_RUNS = 5;
const QUERY = '{ networkStats { organizations links density averageDegree components largestComponentShare averageClustering transitivity averageShortestPath diameter pathsExact pathSources modularity communities isolates } }';

const config = loadConfig({ ...process.env, NEO4J_URI: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7724' });
const db = openDatabase({ ...config.neo4j, queryTimeoutMs: 300_000 });
const app = createApp({ db, config });

async function networkStatsOverHttp(): Promise<Record<string, unknown>> {
  const response = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const body = (await response.json()) as { data?: { networkStats: Record<string, unknown> }; errors?: unknown };
  if (!body.data) throw new Error(`analytics-bench: ${JSON.stringify(body.errors)}`);
  return body.data.networkStats;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const version = (name: string): string => PACKAGE.dependencies[name] ?? 'unknown';

const [component] = await db.read('analytics-bench-neo4j-version').catch(() => [{ version: 'unknown' }]);
console.log('conditions');
console.log(`  machine   ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`  software  Node ${process.version}, Neo4j ${String(component?.version ?? 'unknown')}, graphology ${version('graphology')}, graphology-metrics ${version('graphology-metrics')}, graphology-communities-louvain ${version('graphology-communities-louvain')}`);
console.log(`  limits    exact paths ≤ ${ANALYTICS_LIMITS.exactPathsMaxNodes} organisations, else ${ANALYTICS_LIMITS.pathSources} sources; exact betweenness/closeness ≤ ${ANALYTICS_LIMITS.exactCentralityMaxNodes}, else ${ANALYTICS_LIMITS.centralityPivots} pivots`);

// 1. Cold: the first request of a fresh app (empty cache, nothing compiled yet).
const [stats, cold] = await timed(networkStatsOverHttp);
console.log(`  graph     ${String(stats.organizations)} organisations, ${String(stats.links)} linked pairs`);
console.log('networkStats (whole network, no betweenness)');
console.log(`  cold, first request of the process   ${ms(cold)}`);

// 2. Cached: the same request again.
const cachedRuns: number[] = [];
for (let run = 0; run < CACHED_RUNS; run += 1) cachedRuns.push((await timed(networkStatsOverHttp))[1]);
console.log(`  cached, median of ${CACHED_RUNS}                 ${ms(median(cachedRuns))} (max ${ms(Math.max(...cachedRuns))})`);

// 3. Cold after a write: the data version moves on, the cache is dropped, the code is warm.
const coldRuns: number[] = [];
for (let run = 0; run < COLD_RUNS; run += 1) {
  await db.write(DATA_VERSION_BUMP);
  coldRuns.push((await timed(networkStatsOverHttp))[1]);
}
console.log(`  cold after a write, median of ${COLD_RUNS}      ${ms(median(coldRuns))} (min ${ms(Math.min(...coldRuns))}, max ${ms(Math.max(...coldRuns))})`);

// 4. The parts of a cold answer.
console.log(`  load after the runs                  ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const [projection, read] = await timed(() => readProjection(db, { scope: WHOLE_NETWORK, asOf: null, detail: 'STRUCTURE' }));
const [snapshot, build] = await timed(() => buildSnapshot(projection, WHOLE_NETWORK, null));
const [, compute] = await timed(() => networkStats(snapshot.graph, ANALYTICS_LIMITS));
console.log('parts of a cold answer (warm code)');
console.log(`  projection read (one query)          ${ms(read)}`);
console.log(`  graphology graph build               ${ms(build)}`);
console.log(`  statistics                           ${ms(compute)}`);

// 5. For information: the sampled betweenness the centrality ranking and brokers use at this size.
const [between, betweennessTime] = await timed(() => centralityValues(snapshot.graph, 'BETWEENNESS', ANALYTICS_LIMITS));
console.log(`betweenness (exact: ${String(between.exact)}, ${String(between.samplePivots)} pivots)   ${ms(betweennessTime)}`);
console.log(JSON.stringify(stats));

await db.close();
