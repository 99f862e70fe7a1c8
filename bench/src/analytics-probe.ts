// Where a cold networkStats spends its time on one bench graph: the projection read (Neo4j), its copy to the worker,
// the graph build, each statistic, and the whole answer through the API (app.fetch) cold and cached, with the load.
// Usage: tsx bench/src/analytics-probe.ts [dbName=h1-20k] [port=7731] [coldRuns=5] — dbName is a folder
// .data/bench-<dbName> (e.g. a copy of .data/bench-db-20000x200000-s1); the port must be free.
import { loadavg } from 'node:os';
import { createApp } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import {
  ANALYTICS_LIMITS,
  analyticsPool,
  buildSnapshot,
  networkStats,
  readProjection,
  WHOLE_NETWORK,
} from '@siheung/graph-api/bench-support';
import { DATA_VERSION_BUMP, readDataVersion } from '@siheung/core/data-version';
import { startBenchNeo4j, stopEverything, stopOnSignals } from './bench-neo4j.ts';
import { medianOf } from './stats.ts';

const [dbName = 'h1-20k', portText = '7731', coldText = '5'] = process.argv.slice(2);
const coldRuns = Number(coldText);
const STATS = `{ networkStats { organizations links density averageClustering transitivity averageShortestPath diameter
  pathsExact modularity communities isolates } }`;

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}
/** This process's CPU time in ms (all its threads): on a loaded machine it varies less than the wall time. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

stopOnSignals();
const bench = await startBenchNeo4j(dbName, Number(portText));
try {
  const app = createApp({ db: bench.db, config: loadConfig({ NEO4J_URI: bench.uri, NODE_ENV: 'test' }) });
  const ask = async (): Promise<Record<string, unknown>> => {
    const response = await app.fetch('http://probe/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATS }),
    });
    const body = (await response.json()) as { data?: { networkStats: Record<string, unknown> }; errors?: unknown };
    if (!body.data) throw new Error(`probe: networkStats answered ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data.networkStats;
  };
  // Warm-up: the first request starts the worker and compiles the code paths (not counted).
  await ask();

  const phases: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  let cpuMark = cpuMs();
  /** Records a phase's wall time, and the CPU time this process spent since the previous phase ended. */
  const note = (phase: string, ms: number): void => {
    const now = cpuMs();
    (phases[phase] ??= []).push(ms);
    (cpu[phase] ??= []).push(now - cpuMark);
    cpuMark = now;
  };
  const api: number[] = [];
  let answer: Record<string, unknown> = {};
  for (let run = 0; run < coldRuns; run += 1) {
    // In-process phases (the API thread's read, then what the worker does), each measured on its own.
    cpuMark = cpuMs();
    note('data version read', (await timed(() => readDataVersion(bench.db)))[1]);
    const [projection, readMs] = await timed(() =>
      readProjection(bench.db, { scope: WHOLE_NETWORK, asOf: null, detail: 'STRUCTURE' }),
    );
    note('projection read (Neo4j + decode)', readMs);
    note('copy to worker (structuredClone)', (await timed(() => structuredClone(projection)))[1]);
    const [snapshot, buildMs] = await timed(() => buildSnapshot(projection, WHOLE_NETWORK, null));
    note('snapshot build', buildMs);
    cpuMark = cpuMs();
    const statsPhase = <T>(name: string, work: () => T): T => {
      const started = performance.now();
      const result = work();
      note(`  ${name}`, performance.now() - started);
      return result;
    };
    const statsCpu = cpuMs();
    const [, statsMs] = await timed(() => networkStats(snapshot.graph, ANALYTICS_LIMITS, statsPhase));
    note('networkStats (all statistics)', statsMs);
    cpu['networkStats (all statistics)']!.splice(-1, 1, cpuMs() - statsCpu);
    // The whole cold answer through the API after a write moved the data version on.
    await bench.db.write(DATA_VERSION_BUMP);
    const [value, apiMs] = await timed(() => ask());
    answer = value;
    api.push(apiMs);
    console.log(
      `cold run ${run + 1}: API ${apiMs.toFixed(0)} ms (read ${readMs.toFixed(0)}, build ` +
        `${buildMs.toFixed(0)}) load ${load()}`,
    );
  }
  const cached: number[] = [];
  for (let run = 0; run < 30; run += 1) cached.push((await timed(() => ask()))[1]);

  console.log(
    `\n${dbName}: ${String(answer.organizations)} organisations, ${String(answer.links)} linked pairs; load ` +
      `average ${load()}`,
  );
  for (const [phase, values] of Object.entries(phases)) {
    const cpuValues = cpu[phase]!;
    console.log(
      `${phase.padEnd(36)} median ${medianOf(values).toFixed(0).padStart(6)} ms (CPU ` +
        `${medianOf(cpuValues).toFixed(0).padStart(5)} ms)   [${values.map((v) => v.toFixed(0)).join(', ')}]`,
    );
  }
  console.log(
    `${'networkStats cold through the API'.padEnd(36)} median ${medianOf(api).toFixed(0).padStart(6)} ms   ` +
      `[${api.map((v) => v.toFixed(0)).join(', ')}]`,
  );
  console.log(`${'networkStats cached (30 runs)'.padEnd(36)} median ${medianOf(cached).toFixed(1).padStart(6)} ms`);
  console.log(`answer: ${JSON.stringify(answer)}`);
} finally {
  await analyticsPool.close();
  await stopEverything();
}
