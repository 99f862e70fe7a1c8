// `pnpm bench [--quick] [--sizes 1000,20000] [--no-explorer | --explorer-only]`: generates graphs, loads them through
// the real importer into bench-owned local Neo4j instances, measures the product side by side with its baselines,
// prints the ratio table and writes bench/RESULTS.md and bench/results/*.json. Every Neo4j, server and browser it
// starts is stopped at the end.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { neo4jConnectionEnv } from '@siheung/core/local-neo4j';
import { explorerNeedsBuild } from '@siheung/graph-api/bench-support';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';
import { analyticsTimings } from './analytics-timings.ts';
import { apiVsRaw } from './api-vs-raw.ts';
import { onCleanup, startBenchNeo4j, stopEverything, stopOnSignalsAndCrashes, type BenchNeo4j } from './bench-neo4j.ts';
import { formatPhases, logPhasesTo, phase, phaseTimings, runSeconds } from './bench-phases.ts';
import { benchPlan, reductions, type SizePlan } from './bench-plan.ts';
import { PORTS } from './bench-paths.ts';
import { startChildServer } from './child-server.ts';
import { explorerDraw } from './explorer-draw.ts';
import {
  graphFiles,
  graphKey,
  importWithProduct,
  isCached,
  markLoaded,
  queryDatabaseName,
  unmarkLoaded,
} from './graph-cache.ts';
import { importVsRaw, wipeGraph } from './import-vs-raw.ts';
import { describeConditions, readConditions, type Conditions } from './machine-info.ts';
import { peerVsApi } from './peer-vs-api.ts';
import { apiQuestions } from './questions.ts';
import { formatRatio, formatRatioTable, graphLabel, ms, type RatioRow } from './ratio-table.ts';
import { analyticsTable, durationLine, explorerTable, writeResults, type BenchRun } from './write-results.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-explorer': { type: 'boolean', default: false },
    'explorer-only': { type: 'boolean', default: false },
    sizes: { type: 'string' },
  },
});
const plan = benchPlan(values.quick, values.sizes === undefined ? null : values.sizes.split(',').map(Number));
const log = (line: string): void => console.log(line);
const startedAt = new Date().toISOString();
const elapsed = (): string => `${runSeconds().toFixed(0)} s`;
/** Each figure as soon as it is measured (the table comes at the end). */
const report = (run: BenchRun, rows: readonly RatioRow[]): void => {
  run.rows.push(...rows);
  for (const row of rows) {
    const samples = row.samples === undefined ? '' : ` (n ${row.samples[0]} vs ${row.samples[1]})`;
    log(`  ${row.question}: ${row.ours} vs ${row.baseline}${samples} → ${formatRatio(row.ratio)} (${row.ratioName})`);
  }
};

/** Runs one suite as a timed phase; a failure is logged and recorded, and the run goes on with the next suite. */
async function suite(run: BenchRun, name: string, work: () => Promise<void>): Promise<void> {
  try {
    await phase(name, work);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`bench: ${name} failed: ${message}`);
    run.failures.push({ suite: name, message });
  }
}

/** `pnpm --filter @siheung/explorer exec vite build` when explorer/dist is older than its sources. */
function buildExplorer(): Promise<void> {
  return phase(
    'explorer build',
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn('pnpm', ['--filter', '@siheung/explorer', 'exec', 'vite', 'build', '--logLevel', 'warn'], {
          cwd: REPO_ROOT,
          stdio: 'inherit',
        });
        const forget = onCleanup(() => void child.kill('SIGTERM'));
        child.once('error', (error) => (forget(), reject(error)));
        child.once(
          'exit',
          (code) => (
            forget(),
            code === 0 ? resolve() : reject(new Error(`bench: the explorer build failed (${String(code)})`))
          ),
        );
      }),
  );
}

/** The graph loaded through the importer unless its database already holds it (wiped first: a half-done load). */
async function ensureLoaded(neo4j: BenchNeo4j, sizePlan: SizePlan, graph: string): Promise<void> {
  if (isCached(sizePlan.size)) return;
  await phase(`load ${graph} through the importer`, async () => {
    unmarkLoaded(neo4j);
    await wipeGraph(neo4j);
    const seconds = await importWithProduct(neo4j, await graphFiles(sizePlan.size));
    markLoaded(neo4j, sizePlan.size);
    log(
      `bench: loaded ${graphKey(sizePlan.size)} through the importer in ${seconds.toFixed(1)} s (cached in ` +
        `${neo4j.dataDir})`,
    );
  });
}

async function benchSize(sizePlan: SizePlan, neo4j: BenchNeo4j, run: BenchRun): Promise<Conditions> {
  const { size } = sizePlan;
  const graph = graphLabel(size.orgs, size.links);
  if (sizePlan.importComparison) {
    log(`bench: [${elapsed()}] ${graph}: import vs raw UNWIND loop…`);
    await suite(run, `import ${graph}`, async () => {
      const { result, rows } = await importVsRaw(neo4j, size, graph);
      report(run, rows);
      run.details[`import ${graphKey(size)}`] = result;
    });
  }
  await ensureLoaded(neo4j, sizePlan, graph);
  const conditions = await readConditions(neo4j.db);
  // Test mode only so that the rate limit (120 requests a minute per anonymous caller otherwise) leaves the bench's
  // loopback client alone; the query limits and everything else on the request path still apply. A longer
  // transaction timeout than the product's 10 s, as the raw side has none (a loaded machine can be that slow).
  const env = {
    ...neo4jConnectionEnv(neo4j.uri, neo4j.auth),
    PORT: String(PORTS.api),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    QUERY_TIMEOUT_MS: '120000',
  };
  const api = await phase(`API start (${graph})`, () =>
    startChildServer(
      'the API',
      join(REPO_ROOT, 'graph-api', 'src', 'main.ts'),
      env,
      `http://127.0.0.1:${PORTS.api}`,
      /graph-api: listening/,
    ),
  );
  try {
    log(`bench: [${elapsed()}] ${graph}: API vs raw driver…`);
    await suite(run, `api-vs-raw ${graph}`, async () => {
      const raw = await apiVsRaw(neo4j, api, apiQuestions(size.orgs, sizePlan.variants), sizePlan.loop, graph);
      // One row per question answered, in order.
      const measured = raw.results.filter((result) => result.available);
      report(
        run,
        raw.rows.map((row, index) => ({
          ...row,
          samples: [measured[index]?.api?.samples ?? 0, measured[index]?.raw?.samples ?? 0] as const,
        })),
      );
      run.details[`api-vs-raw ${graphKey(size)}`] = raw.results;
      for (const skipped of raw.results.filter((result) => !result.available))
        log(`bench: ${skipped.question} not measured: ${skipped.note ?? ''}`);
    });
    if (sizePlan.peer) {
      log(`bench: [${elapsed()}] ${graph}: API vs @neo4j/graphql…`);
      await suite(run, `peer ${graph}`, async () => {
        const peer = await peerVsApi(neo4j, api, sizePlan.loop, graph);
        report(
          run,
          peer.rows.map((row, index) => ({
            ...row,
            samples: [peer.results[index]?.api.samples ?? 0, peer.results[index]?.peer.samples ?? 0] as const,
          })),
        );
        run.details[`peer ${graphKey(size)}`] = peer.results;
      });
    }
  } finally {
    await api.stop();
  }
  log(`bench: [${elapsed()}] ${graph}: analytics…`);
  await suite(run, `analytics ${graph}`, async () => {
    const analytics = await analyticsTimings(neo4j, sizePlan.analytics);
    run.analytics.push({ graph, ...analytics });
    for (const timing of analytics.timings)
      log(`  ${timing.question}: cold ${ms(timing.coldMs)}, cached ${ms(timing.cachedMs)} ${timing.detail}`);
    if (analytics.agreement)
      log(
        `  betweenness exact vs sampled: Spearman ${analytics.agreement.spearman.toFixed(3)}, top-20 overlap ` +
          `${analytics.agreement.top20Overlap}`,
      );
  });
  return conditions;
}

/** A promise whose failure is kept for later (several are started at once and awaited one by one). */
const settle = <T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

async function main(): Promise<void> {
  stopOnSignalsAndCrashes();
  logPhasesTo(log);
  const run: BenchRun = {
    mode: plan.mode,
    startedAt,
    seconds: 0,
    conditions: await readConditions(null),
    loadAverage: { start: loadavg(), end: [] },
    reductions: [],
    phases: [],
    rows: [],
    analytics: [],
    explorer: [],
    details: {},
    failures: [],
  };
  const skipped: Array<{ orgs: number; why: string }> = [];
  const sizes = values['explorer-only']
    ? []
    : plan.sizes.filter((sizePlan) => {
        if (!sizePlan.onlyIfCached || isCached(sizePlan.size)) return true;
        skipped.push({
          orgs: sizePlan.size.orgs,
          why: `its database is not cached (\`tsx bench/src/load-graph.ts ${sizePlan.size.orgs}\` loads it once)`,
        });
        return false;
      });
  run.reductions = reductions(plan, skipped);
  for (const line of run.reductions) log(`bench: ${plan.mode} run: ${line}`);
  try {
    // Set-up together, before anything is measured: every Neo4j the run needs (each on its own port; the JVM starts
    // are most of a quick run's set-up) and the explorer build if its sources changed. Nothing is timed meanwhile.
    log(
      `bench: [${elapsed()}] starting ${sizes.length} ` +
        `Neo4j${values['no-explorer'] || !explorerNeedsBuild() ? '' : ' and building the explorer'}…`,
    );
    const databases = sizes.map((sizePlan, index) =>
      settle(startBenchNeo4j(queryDatabaseName(sizePlan.size), PORTS.graphs[index]!, { heap: '2g' })),
    );
    const build = settle(values['no-explorer'] || !explorerNeedsBuild() ? Promise.resolve() : buildExplorer());
    await Promise.all([...databases, build]);
    for (const [index, sizePlan] of sizes.entries()) {
      const started = await databases[index]!;
      const graph = graphLabel(sizePlan.size.orgs, sizePlan.size.links);
      if ('error' in started) {
        run.failures.push({
          suite: `everything on ${graph}`,
          message: `its Neo4j did not start: ${String(started.error)}`,
        });
        continue;
      }
      // Left running (idle) until the end of the run: the JVMs then stop together, their shutdowns overlapping.
      run.conditions = await benchSize(sizePlan, started.value, run);
    }
    if (!values['no-explorer']) {
      const built = await build;
      log(`bench: [${elapsed()}] explorer in headless Chromium…`);
      await suite(run, 'explorer', async () => {
        if ('error' in built) throw built.error;
        const explorer = await explorerDraw(plan.explorer);
        report(run, explorer.rows);
        run.explorer = explorer.results;
      });
    }
  } finally {
    await phase('stop every Neo4j, server and browser', stopEverything);
  }
  run.seconds = runSeconds();
  run.loadAverage.end = loadavg();
  run.phases = phaseTimings();
  // A partial run (--sizes, --no-explorer, --explorer-only) keeps its JSON but leaves RESULTS.md to complete runs.
  const complete = !values['no-explorer'] && !values['explorer-only'] && values.sizes === undefined;
  const json = writeResults(run, complete);
  log('');
  for (const line of describeConditions(run.conditions)) log(line);
  const graphs = sizes.map(
    (sizePlan) => `${graphLabel(sizePlan.size.orgs, sizePlan.size.links)} (seed ${sizePlan.size.seed})`,
  );
  log(`graphs: ${graphs.join(', ') || 'none'}; ${plan.mode} run`);
  for (const line of run.reductions) log(`${plan.mode} run: ${line}`);
  log('');
  log(formatRatioTable(run.rows));
  log('');
  log(analyticsTable(run.analytics));
  if (run.explorer.length > 0) log(`\n${explorerTable(run.explorer)}`);
  for (const failure of run.failures) log(`bench: not measured, ${failure.suite} failed: ${failure.message}`);
  log('');
  log(formatPhases(run.phases));
  log('');
  log(durationLine(run));
  log(`bench: wrote ${json.slice(REPO_ROOT.length + 1)}${complete ? ' and bench/RESULTS.md' : ''}`);
}

main().catch(async (error: unknown) => {
  console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopEverything();
  process.exit(1);
});
