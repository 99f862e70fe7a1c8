// `pnpm bench [--quick] [--sizes 1000,20000] [--no-explorer | --explorer-only]`: generates graphs, loads them through the real importer into bench-owned
// local Neo4j instances, measures the product side by side with its baselines, prints the ratio table and writes
// bench/RESULTS.md and bench/results/*.json. Every Neo4j, server and browser it starts is stopped at the end.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { explorerNeedsBuild } from '../../graph-api/src/cli/explorer-build-state.ts';
import { REPO_ROOT } from '../../neo4j/local-neo4j.ts';
import { analyticsTimings } from './analytics-timings.ts';
import { apiVsRaw } from './api-vs-raw.ts';
import { stopEverything, stopOnSignals } from './bench-neo4j.ts';
import { benchPlan, type SizePlan } from './bench-plan.ts';
import { PORTS } from './bench-paths.ts';
import { startChildServer } from './child-server.ts';
import { explorerDraw } from './explorer-draw.ts';
import { graphKey, queryDatabase } from './graph-cache.ts';
import { importVsRaw } from './import-vs-raw.ts';
import { describeConditions, readConditions, type Conditions } from './machine-info.ts';
import { peerVsApi } from './peer-vs-api.ts';
import { apiQuestions } from './questions.ts';
import { formatRatio, formatRatioTable, graphLabel, ms, type RatioRow } from './ratio-table.ts';
import { analyticsTable, explorerTable, writeResults, type BenchRun } from './write-results.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'no-explorer': { type: 'boolean', default: false }, 'explorer-only': { type: 'boolean', default: false }, sizes: { type: 'string' } } });
const plan = benchPlan(values.quick, values.sizes === undefined ? null : values.sizes.split(',').map(Number));
const log = (line: string): void => console.log(line);
const startedAt = new Date().toISOString();
const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;
/** Each figure as soon as it is measured (the table comes at the end). */
const report = (run: BenchRun, rows: readonly RatioRow[]): void => {
  run.rows.push(...rows);
  for (const row of rows) log(`  ${row.question}: ${row.ours} vs ${row.baseline} → ${formatRatio(row.ratio)} (${row.ratioName})`);
};

/** Runs one suite; a failure is logged and recorded, and the run goes on with the next suite. */
async function suite(run: BenchRun, name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`bench: ${name} failed: ${message}`);
    run.failures.push({ suite: name, message });
  }
}

async function benchSize(sizePlan: SizePlan, run: BenchRun): Promise<Conditions> {
  const { size } = sizePlan;
  const graph = graphLabel(size.orgs, size.links);
  if (sizePlan.importComparison) {
    log(`bench: [${elapsed()}] ${graph}: import vs raw UNWIND loop (two fresh databases)…`);
    await suite(run, `import ${graph}`, async () => {
      const { result, rows } = await importVsRaw(size, graph);
      report(run, rows);
      run.details[`import ${graphKey(size)}`] = result;
    });
  }
  log(`bench: [${elapsed()}] ${graph}: query database…`);
  const neo4j = await queryDatabase(size, log);
  try {
    const conditions = await readConditions(neo4j.db);
    // Development mode only so that the rate limit (production: 120 requests a minute per anonymous caller) leaves the
    // bench's loopback client alone; the query limits and everything else on the request path still apply. A longer
    // transaction timeout than the product's 10 s, as the raw side has none (a loaded machine can be that slow).
    const env = { NEO4J_URI: neo4j.uri, PORT: String(PORTS.api), HOST: '127.0.0.1', NODE_ENV: 'development', QUERY_TIMEOUT_MS: '120000' };
    const api = await startChildServer('the API', join(REPO_ROOT, 'graph-api', 'src', 'main.ts'), env, `http://127.0.0.1:${PORTS.api}`, /graph-api: listening/);
    try {
      log(`bench: [${elapsed()}] ${graph}: API vs raw driver…`);
      await suite(run, `api-vs-raw ${graph}`, async () => {
        const raw = await apiVsRaw(neo4j, api, apiQuestions(size.orgs, sizePlan.variants), sizePlan.loop, graph);
        report(run, raw.rows);
        run.details[`api-vs-raw ${graphKey(size)}`] = raw.results;
        for (const skipped of raw.results.filter((result) => !result.available)) log(`bench: ${skipped.question} not measured: ${skipped.note ?? ''}`);
      });
      if (sizePlan.peer) {
        log(`bench: [${elapsed()}] ${graph}: API vs @neo4j/graphql…`);
        await suite(run, `peer ${graph}`, async () => {
          const peer = await peerVsApi(neo4j, api, sizePlan.loop, graph);
          report(run, peer.rows);
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
      for (const timing of analytics.timings) log(`  ${timing.question}: cold ${ms(timing.coldMs)}, cached ${ms(timing.cachedMs)} ${timing.detail}`);
      if (analytics.agreement) log(`  betweenness exact vs sampled: Spearman ${analytics.agreement.spearman.toFixed(3)}, top-20 overlap ${analytics.agreement.top20Overlap}`);
    });
    return conditions;
  } finally {
    await neo4j.stop();
  }
}

async function main(): Promise<void> {
  stopOnSignals();
  const run: BenchRun = { mode: plan.mode, startedAt, seconds: 0, conditions: await readConditions(null), rows: [], analytics: [], explorer: [], details: {}, failures: [] };
  try {
    if (!values['explorer-only']) for (const sizePlan of plan.sizes) run.conditions = await benchSize(sizePlan, run);
    if (!values['no-explorer']) {
      if (explorerNeedsBuild()) {
        log(`bench: [${elapsed()}] building the explorer…`);
        const build = spawnSync('pnpm', ['--filter', '@siheung/explorer', 'exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
        if (build.status !== 0) throw new Error('bench: the explorer build failed');
      }
      log(`bench: [${elapsed()}] explorer in headless Chromium…`);
      await suite(run, 'explorer', async () => {
        const explorer = await explorerDraw({ nodes: plan.explorer.nodes, runs: plan.explorer.runs, panMs: plan.mode === 'quick' ? 1500 : 3000 });
        report(run, explorer.rows);
        run.explorer = explorer.results;
      });
    }
  } finally {
    await stopEverything();
  }
  run.seconds = (performance.now() - started) / 1000;
  // A partial run (--sizes, --no-explorer, --explorer-only) keeps its JSON but leaves RESULTS.md to complete runs.
  const complete = !values['no-explorer'] && !values['explorer-only'] && values.sizes === undefined;
  const json = writeResults(run, complete);
  log('');
  for (const line of describeConditions(run.conditions)) log(line);
  log(`graphs: ${plan.sizes.map((sizePlan) => `${graphLabel(sizePlan.size.orgs, sizePlan.size.links)} (seed ${sizePlan.size.seed})`).join(', ')}; ${plan.mode} run, ${run.seconds.toFixed(0)} s`);
  log('');
  log(formatRatioTable(run.rows));
  log('');
  log(analyticsTable(run.analytics));
  if (run.explorer.length > 0) log(`\n${explorerTable(run.explorer)}`);
  for (const failure of run.failures) log(`bench: not measured, ${failure.suite} failed: ${failure.message}`);
  log(`\nbench: wrote ${json.slice(REPO_ROOT.length + 1)}${complete ? ' and bench/RESULTS.md' : ''}`);
}

main().catch(async (error: unknown) => {
  console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopEverything();
  process.exit(1);
});
