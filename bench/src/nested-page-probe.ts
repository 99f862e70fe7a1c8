// A quick side-by-side of the nested organisations page alone, all in one process over a cached bench graph: our API
// (yoga.fetch, no HTTP), the statements it sent replayed with the db module (raw) and @neo4j/graphql (peer).
// Usage: tsx bench/src/nested-page-probe.ts [orgs=1000] [first=20] [roundMs=4000] — uses port 7725 (PORTS.api).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createApp } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { startBenchNeo4j, stopEverything } from './bench-neo4j.ts';
import { compareSides } from './closed-loop.ts';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';
import { ORGANIZATIONS_PAGE, PEER_ORGANIZATIONS_PAGE } from './questions.ts';
import { createQueryRecorder } from './record-queries.ts';

const [orgs = 1000, first = 20, roundMs = 4000] = process.argv.slice(2).map(Number);
const bench = await startBenchNeo4j(`db-${orgs}x${orgs * 10}-s1`, 7725);
try {
  const recorder = createQueryRecorder(bench.db);
  const config = loadConfig({ NEO4J_URI: bench.uri, NODE_ENV: 'test' });
  const app = createApp({ db: recorder.db, config });
  const post = async (fetcher: (r: Request) => Promise<Response> | Response, query: string): Promise<unknown> => {
    const response = await fetcher(new Request('http://bench/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { first } }),
    }));
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const waves = await recorder.record(async () => void (await post((r) => app.fetch(r), ORGANIZATIONS_PAGE)));
  console.log('statements:', waves.map((wave) => wave.map((tx) => tx.statements.map((s) => s.name).join('+')).join(' | ')).join(' → '));
  const driver = neo4j.driver(bench.uri);
  const peer = createYoga({ schema: await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema(), logging: false });
  const raw = async (): Promise<void> => {
    for (const wave of waves) {
      await Promise.all(wave.map((tx) => bench.db.readTransaction(async (runner) => { for (const s of tx.statements) await runner.run(s.name, s.params); })));
    }
  };
  const summary = await compareSides([
    { name: 'ours', request: () => post((r) => app.fetch(r), ORGANIZATIONS_PAGE) },
    { name: 'raw', request: raw },
    { name: 'peer', request: () => post((r) => peer.fetch(r), PEER_ORGANIZATIONS_PAGE) },
  ], { rounds: 4, roundMs, concurrency: 4, warmup: 5 });
  console.log(JSON.stringify(summary, null, 1));
  await driver.close();
} finally {
  await stopEverything();
}
