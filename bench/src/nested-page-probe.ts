// A quick side-by-side of one question alone, all in one process over a cached bench graph: our API (yoga.fetch, no
// HTTP), the statements it sent replayed with neo4j-driver directly (raw, as api-vs-raw.ts does) and, for the nested
// organisations page, @neo4j/graphql (peer).
// Usage: tsx bench/src/nested-page-probe.ts [orgs=1000] [first=20] [roundMs=4000]
//   [--port 7725] [--db db-<orgs>x<orgs*10>-s1 (a folder .data/bench-<db>)] [--question page|paths]
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createApp } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { startBenchNeo4j, stopEverything } from './bench-neo4j.ts';
import { PORTS } from './bench-paths.ts';
import { compareSides, type Side } from './closed-loop.ts';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';
import { apiQuestions, ORGANIZATIONS_PAGE, PEER_ORGANIZATIONS_PAGE } from './questions.ts';
import { openRawClient } from './raw-driver.ts';
import { createQueryRecorder, type RecordedWave } from './record-queries.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, db: { type: 'string' }, question: { type: 'string', default: 'page' } },
});
const [orgs = 1000, first = 20, roundMs = 4000] = positionals.map(Number);
const port = Number(options.port ?? PORTS.api);
const question =
  options.question === 'paths'
    ? { query: apiQuestions(orgs, 4).find((q) => q.name.startsWith('collaborationPaths'))!, peer: null }
    : {
        query: { name: 'organizations page', query: ORGANIZATIONS_PAGE, variables: [{ first }] },
        peer: PEER_ORGANIZATIONS_PAGE,
      };
const bench = await startBenchNeo4j(options.db ?? `db-${orgs}x${orgs * 10}-s1`, port);
try {
  const recorder = createQueryRecorder(bench.db);
  const config = loadConfig({ NEO4J_URI: bench.uri, NODE_ENV: 'test' });
  const app = createApp({ db: recorder.db, config });
  const post = async (
    fetcher: (r: Request) => Promise<Response> | Response,
    query: string,
    variables: object,
  ): Promise<unknown> => {
    const response = await fetcher(
      new Request('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }),
    );
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const variants = question.query.variables;
  const recorded: RecordedWave[][] = [];
  for (const variables of variants) {
    await post((r) => app.fetch(r), question.query.query, variables);
    recorded.push(
      await recorder.record(async () => void (await post((r) => app.fetch(r), question.query.query, variables))),
    );
  }
  const describe = (waves: RecordedWave[]) =>
    waves.map((wave) => wave.map((tx) => tx.statements.map((s) => s.name).join('+')).join(' | ')).join(' → ');
  for (const waves of recorded) console.log('statements:', describe(waves));
  const rawClient = openRawClient(bench.uri, bench.auth);
  const driver = neo4j.driver(bench.uri, neo4j.auth.basic(bench.auth.user, bench.auth.password));
  let nextOurs = 0;
  let nextRaw = 0;
  const sides: Side[] = [
    {
      name: 'ours',
      request: () => post((r) => app.fetch(r), question.query.query, variants[nextOurs++ % variants.length]!),
    },
    { name: 'raw', request: () => rawClient.replay(recorded[nextRaw++ % recorded.length]!) },
  ];
  if (question.peer !== null) {
    const peer = createYoga({
      schema: await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema(),
      logging: false,
    });
    const peerQuery = question.peer;
    sides.push({ name: 'peer', request: () => post((r) => peer.fetch(r), peerQuery, { first }) });
  }
  const loadBefore = loadavg();
  const summary = await compareSides(sides, { rounds: 4, roundMs, concurrency: 4, warmup: 5 });
  console.log(
    JSON.stringify({ question: question.query.name, orgs, first, loadBefore, loadAfter: loadavg(), summary }, null, 1),
  );
  await rawClient.close();
  await driver.close();
} finally {
  await stopEverything();
}
