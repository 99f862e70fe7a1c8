// Benchmark (not a test) of partner matching: partnerMatches and introducers per organisation through the API
// (yoga.fetch in process, as staff), once the matching graph is cached, plus the engine alone and the cold first
// request (projection read + graph build). Target (issue 5): p95 ≤ 50 ms per organisation on the sample data,
// ≤ 300 ms on a 20,000-organisation generated graph.
//
//   pnpm data generate --orgs 20000 --links 200000 --seed 1 --out /tmp/gen-20k
//   NEO4J_URI=bolt://127.0.0.1:7711 pnpm data import /tmp/gen-20k          (a database of its own)
//   NEO4J_URI=bolt://127.0.0.1:7712 pnpm data seed                          (the sample data, ditto)
//   node_modules/.bin/tsx graph-api/bench/matching-bench.ts sample=bolt://127.0.0.1:7712 generated-20k=bolt://127.0.0.1:7711
//
// It reads, except that it makes one staff API key per database (revoked at the end).
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { createApp } from '../src/app/create-app.ts';
import { createApiKey, revokeApiKey } from '../src/auth/api-key-store.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase } from '../src/db/index.ts';
import { matchingFor } from '../src/matching/matching-service.ts';
import { rankPartners } from '../src/matching/rank-partners.ts';
import { findIntroducers } from '../src/matching/find-introducers.ts';

const ORGANISATIONS = Number(process.env.BENCH_ORGS ?? 200);
const AS_OF = new Date().toISOString().slice(0, 10);
const MATCHES = `query ($orgId: ID!) { partnerMatches(orgId: $orgId, first: 10) {
  rank score candidate { id name } scoreParts { factor contribution } reasons { factor text textEn offered { id name } via { id name } }
  explanation explanationEn introductionPaths { length organizations { id name } steps { links { id kind since } } } feedback { decision } } }`;
const INTRODUCERS = 'query ($from: ID!, $to: ID!) { introducers(from: $from, to: $to) { score text organization { id name } paths { length steps { links { id } } } } }';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const summary = (values: number[]): string =>
  `p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}  (n = ${values.length})`;
/** A fixed spread of organisations (every k-th by id), so runs compare. */
const spread = <T>(items: T[], count: number): T[] => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / count)) === 0).slice(0, count);

/** Wall time, and this process's CPU time (user + system) over the same span: on a shared machine the wall time
 * includes waiting for a core, the CPU time does not (the Neo4j server's own work is in neither). */
const cpu: number[] = [];
async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  return [result, performance.now() - start];
}
const cpuOf = (runs: number): string => {
  const last = cpu.slice(-runs);
  return `cpu p50 ${ms(percentile(last, 50))} p95 ${ms(percentile(last, 95))}`;
};

console.log('conditions');
console.log(`  machine   ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`  software  Node ${process.version}; asOf ${AS_OF}; first: 10; ${ORGANISATIONS} organisations per database`);

const targets = process.argv.slice(2).map((arg) => arg.split('=') as [string, string]);
if (targets.length === 0) throw new Error('matching-bench: give label=bolt://host:port for each database');
for (const [label, uri] of targets) {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' });
  const db = openDatabase({ ...config.neo4j, queryTimeoutMs: 300_000 });
  const app = createApp({ db, config });
  const [component] = await db.read('bench-neo4j-version').catch(() => [{ version: 'unknown' }]);
  const { key, token } = await createApiKey(db, 'staff', `bench-matching-${Date.now()}`);
  const graphql = async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (body.errors) throw new Error(`matching-bench: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    const [state, cold] = await timed(() => matchingFor(db).at(AS_OF));
    const { graph } = state;
    console.log(`${label} (${uri}, Neo4j ${String(component?.version ?? 'unknown')}): ${graph.organizations.length} organisations, ${graph.neighbours.length / 2} linked pairs as of ${AS_OF}`);
    console.log(`  cold      projection read + graph build ${ms(cold)}`);
    const ids = spread(graph.organizations.map((o) => o.id), ORGANISATIONS);
    // Warm-up: compiles the code paths (the first few requests of a process are slower, as in any JIT).
    for (const id of ids.slice(0, 5)) await graphql(MATCHES, { orgId: id });
    const api: number[] = [];
    for (const id of ids) api.push((await timed(() => graphql(MATCHES, { orgId: id })))[1]);
    console.log(`  partnerMatches through the API   ${summary(api)}; ${cpuOf(ids.length)}`);
    const engine: number[] = [];
    let candidates = 0;
    for (const id of ids) {
      const [ranked, took] = await timed(() => rankPartners(graph, id, { first: 10 }));
      engine.push(took);
      candidates += ranked.length;
    }
    console.log(`  rankPartners (engine alone)      ${summary(engine)}; ${cpuOf(ids.length)}; ${(candidates / ids.length).toFixed(1)} returned each`);
    const pairs = ids.slice(0, Math.floor(ids.length / 2)).map((id, i) => [id, ids[ids.length - 1 - i]!] as const);
    const introducers: number[] = [];
    let found = 0;
    for (const [from, to] of pairs) {
      introducers.push((await timed(() => graphql(INTRODUCERS, { from, to })))[1]);
      found += findIntroducers(graph, from, to, 5).length > 0 ? 1 : 0;
    }
    console.log(`  introducers through the API      ${summary(introducers)}; ${cpuOf(pairs.length)}; ${found} of ${pairs.length} pairs have one`);
  } finally {
    await revokeApiKey(db, key.id);
    await db.close();
  }
}
