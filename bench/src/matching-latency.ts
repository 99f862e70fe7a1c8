// Partner matching's latency against its goals (docs/matching.md, "Speed"; sample data and a 20,000-organisation
// generated graph): partnerMatches and introducers through the API (yoga.fetch in process, as
// staff) once the matching graph is cached, the engine alone, the cold first request (projection read + build), and
// the request right after a recorded feedback (which must not rebuild anything).
//
// Steady state: two full passes over the organisations run first and are reported apart ("warming"): they are where
// Node's and the Neo4j JVM's JIT compile the code paths and Neo4j plans each statement, which a running server does
// once in its life (both passes are slower than the steady state; docs/matching.md). The rounds after
// them are what a user of a running server waits.
//
//   cd bench && ../node_modules/.bin/tsx src/matching-latency.ts [sample] [20000] [--per-db 200] [--rounds 3]
//
// `sample` loads seed/data/sample through the importer into a fresh bench Neo4j; `20000` uses the bench's cached 20k
// graph (loaded once through the importer, like `pnpm bench`; not beside a running `pnpm bench`, which owns that
// database folder). Every Neo4j it starts is stopped at the end; it makes one staff API key per database and revokes
// it.
import { parseArgs } from 'node:util';
import { createApp } from '@siheung/graph-api';
import {
  createApiKey,
  findIntroducers,
  matchingFor,
  rankPartners,
  revokeApiKey,
} from '@siheung/graph-api/bench-support';
import { loadConfig } from '@siheung/graph-api/config';
import { SAMPLE_DATA_DIR } from '@siheung/seed';
import { startBenchNeo4j, stopEverything, stopOnSignals, type BenchNeo4j } from './bench-neo4j.ts';
import { importWithProduct, queryDatabase } from './graph-cache.ts';
import { quantile } from 'simple-statistics';
import { describeConditions, readConditions } from './machine-info.ts';

/** Bench-owned ports of this script (the run's own are 7721–7727). */
const PORTS = { sample: 7728, generated: 7729 } as const;
const AS_OF = new Date().toISOString().slice(0, 10);
const RECORD_FEEDBACK = `mutation ($orgId: ID!, $candidateId: ID!) {
  recordMatchFeedback(orgId: $orgId, candidateId: $candidateId, decision: CONTACTED, note: "bench") { decision } }`;
const MATCHES = `query ($orgId: ID!) { partnerMatches(orgId: $orgId, first: 10) {
  rank score candidate { id name } scoreParts { factor contribution } reasons { factor text textEn offered {
    id name } via { id name } }
  explanation explanationEn introductionPaths { length organizations { id name } steps { links { id kind
    since } } } feedback { decision } } }`;
const INTRODUCERS = `query ($from: ID!, $to: ID!) {
  introducers(from: $from, to: $to) { score text organization { id name } paths { length steps { links { id } } } } }`;

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const summary = (values: number[]): string =>
  `p50 ${ms(quantile(values, 0.5))}  p95 ${ms(quantile(values, 0.95))}  max ${ms(Math.max(...values))}  (n = ` +
  `${values.length})`;
/** A fixed spread of organisations (every k-th by id), so runs compare. */
const spread = <T>(items: T[], count: number): T[] =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / count)) === 0).slice(0, count);

/**
 * Wall time and this process's CPU time over the same span: on a shared machine the wall time includes waiting for a
 * core.
 */
const cpu: number[] = [];
async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  return [result, performance.now() - start];
}
const cpuOf = (runs: number): string =>
  `cpu p50 ${ms(quantile(cpu.slice(-runs), 0.5))} p95 ${ms(quantile(cpu.slice(-runs), 0.95))}`;

async function measure(label: string, neo4j: BenchNeo4j, perDatabase: number, rounds: number): Promise<void> {
  const config = loadConfig({ NEO4J_URI: neo4j.uri, NODE_ENV: 'production' });
  const app = createApp({ db: neo4j.db, config });
  // A staff key per pass: one key may send 240 requests at once and 20 a second after (limits-config.ts), and the
  // bench sends faster than that; the limiter stays in every request's path, it just never refuses one.
  const keyIds: string[] = [];
  let token = '';
  const newKey = async (): Promise<void> => {
    const made = await createApiKey(neo4j.db, 'staff', `bench-matching-${Date.now()}-${keyIds.length}`);
    keyIds.push(made.key.id);
    token = made.token;
  };
  await newKey();
  const graphql = async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (body.errors) throw new Error(`matching-latency: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    const [{ graph }, cold] = await timed(() => matchingFor(neo4j.db).at(AS_OF));
    console.log(
      `${label}: ${graph.organizations.length} organisations, ${graph.neighbours.length / 2} linked pairs as ` +
        `of ${AS_OF}`,
    );
    console.log(`  cold      projection read + graph build ${ms(cold)}`);
    const ids = spread(
      graph.organizations.map((o) => o.id),
      perDatabase,
    );
    for (const pass of ['first', 'second']) {
      const warming: number[] = [];
      await newKey();
      for (const id of ids) warming.push((await timed(() => graphql(MATCHES, { orgId: id })))[1]);
      console.log(
        `  partnerMatches, ${pass} pass      ${summary(warming)}; ${cpuOf(ids.length)} (JIT warming, reported apart)`,
      );
    }
    // Several rounds over the same organisations: a p95 of the sample's requests moves from run to run on a
    // shared machine; each round's p95 shows the spread and the pooled one is the figure.
    const api: number[] = [];
    const roundP95: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const times: number[] = [];
      await newKey();
      for (const id of ids) times.push((await timed(() => graphql(MATCHES, { orgId: id })))[1]);
      roundP95.push(quantile(times, 0.95).toFixed(1));
      api.push(...times);
    }
    console.log(
      `  partnerMatches through the API   ${summary(api)}; ${cpuOf(api.length)}; p95 per round ` +
        `${roundP95.join(' / ')} ms`,
    );
    const engine: number[] = [];
    for (const id of ids) engine.push((await timed(() => rankPartners(graph, id, { first: 10 })))[1]);
    console.log(`  rankPartners (engine alone)      ${summary(engine)}; ${cpuOf(ids.length)}`);
    await newKey();
    const pairs = ids.slice(0, Math.floor(ids.length / 2)).map((id, i) => [id, ids[ids.length - 1 - i]!] as const);
    const introducers: number[] = [];
    let found = 0;
    for (const [from, to] of pairs) {
      introducers.push((await timed(() => graphql(INTRODUCERS, { from, to })))[1]);
      found += findIntroducers(graph, from, to, 5).length > 0 ? 1 : 0;
    }
    console.log(
      `  introducers through the API      ${summary(introducers)}; ${cpuOf(pairs.length)}; ${found} of ` +
        `${pairs.length} pairs have one`,
    );
    // The secretariat records a decision, then asks again: feedback is read per request, so nothing is rebuilt.
    const afterFeedback: number[] = [];
    for (const [from, to] of pairs.slice(0, 20)) {
      await graphql(RECORD_FEEDBACK, { orgId: from, candidateId: to });
      afterFeedback.push((await timed(() => graphql(MATCHES, { orgId: from })))[1]);
    }
    console.log(
      `  partnerMatches after a feedback  ${summary(afterFeedback)}; ${cpuOf(afterFeedback.length)} (the ` +
        `bench's feedback is left in its database)`,
    );
  } finally {
    for (const id of keyIds) await revokeApiKey(neo4j.db, id);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'per-db': { type: 'string' }, rounds: { type: 'string' } },
});
const perDatabase = Number(values['per-db'] ?? 200);
const rounds = Number(values.rounds ?? 3);
const targets = positionals.length > 0 ? positionals : ['sample'];
stopOnSignals();
try {
  for (const line of describeConditions(await readConditions(null))) console.log(line);
  console.log(
    `asOf ${AS_OF}; first: 10 with the full payload; ${perDatabase} organisations per database, one request at ` +
      `a time, ${rounds} rounds after two warming passes`,
  );
  for (const target of targets) {
    if (target === 'sample') {
      const neo4j = await startBenchNeo4j('matching-sample', PORTS.sample, { fresh: true });
      await importWithProduct(neo4j, SAMPLE_DATA_DIR);
      await measure('sample (seed/data/sample)', neo4j, perDatabase, rounds);
      await neo4j.stop();
    } else {
      const orgs = Number(target);
      if (!Number.isInteger(orgs) || orgs < 2)
        throw new Error(`matching-latency: "${target}" is neither "sample" nor a number of organisations`);
      const neo4j = await queryDatabase({ orgs, links: orgs * 10, seed: 1 }, console.log, PORTS.generated);
      await measure(`generated ${orgs} (${orgs * 10} links, seed 1)`, neo4j, perDatabase, rounds);
      await neo4j.stop();
    }
  }
} finally {
  await stopEverything();
}
