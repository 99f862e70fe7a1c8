// Latency of search, neighborhood, collaborationPaths and graph through the whole API (yoga.fetch, resolvers,
// Neo4j): p50 and p95 of warm runs. Not a test: a measuring tool for the database at NEO4J_URI, or the local Neo4j of
// `pnpm start` (with its password) when NEO4J_URI is unset.
//   node_modules/.bin/tsx graph-api/test/measure-network-latency.ts [runs]
// MEASURE_NO_DELAY=1 turns Nagle's algorithm off on the driver's sockets: neo4j-driver writes a query in
// 1,400-byte chunks without TCP_NODELAY, so a query text longer than that waits for the server's delayed ACK
// (docs/architecture.md); the option shows what the queries cost without that wait.
import net from 'node:net';
import { createApp } from '../src/app/create-app.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase } from '@siheung/core/db';
import { withLocalNeo4j } from '@siheung/core/local-neo4j';

const RUNS = Number(process.argv[2] ?? 30);
if (process.env.MEASURE_NO_DELAY === '1') {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}
const config = loadConfig({ ...withLocalNeo4j(process.env), NODE_ENV: 'production' });
const db = openDatabase(config.neo4j);
const app = createApp({ db, config });

async function graphql(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await app.fetch('http://local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`measure: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

const SEARCH = `query($text: String!) {
  search(text: $text, first: 10) { id match score node { ... on Organization { name hub { name } } } } }`;
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
  neighborhood(id: $id, depth: $depth, filter: $filter, limit: $limit) { nodes { id distance degree } edges {
    id source target } truncated } }`;
const PATHS = `query($from: ID!, $to: ID!, $k: Int, $maxHops: Int) {
  collaborationPaths(from: $from, to: $to, k: $k, maxHops: $maxHops) {
    length organizations { id name } steps { links { id kind since source } } } }`;
const GRAPH = `query($filter: NetworkFilter, $limit: Int) {
  graph(filter: $filter, limit: $limit) { nodes { id degree } edges { id source target } truncated } }`;

/** The best-connected organisation and a few ordinary ones, so the cases fit whatever data is loaded. */
async function pickOrganizations(): Promise<{ hub: string; others: string[] }> {
  const data = await graphql(
    `
      {
        graph(limit: 5000) {
          nodes {
            id
            degree
          }
        }
      }
    `,
    {},
  );
  const nodes = (data.graph as { nodes: Array<{ id: string; degree: number }> }).nodes;
  const middle = nodes.slice(Math.floor(nodes.length / 2));
  return { hub: nodes[0]!.id, others: [0, 1, 2, 3, 4, 5].map((i) => middle[Math.floor((i * middle.length) / 6)]!.id) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, query: string, variables: Array<Record<string, unknown>>): Promise<void> {
  for (const v of variables) await graphql(query, v); // warm the plan cache
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await graphql(query, variables[run % variables.length]!);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(48)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ` +
      `${percentile(times, 95).toFixed(1).padStart(7)} ms`,
  );
}

const { hub, others } = await pickOrganizations();
console.log(
  `measure: ${RUNS} warm runs each; hub organisation ` +
    `${hub}${process.env.MEASURE_NO_DELAY === '1' ? '; TCP_NODELAY' : ''}`,
);
for (const text of ['서울대', 'ㅅㅎ', 'snu hosp', 'seol national', '배지', '바이오'])
  await measure(`search "${text}"`, SEARCH, [{ text }]);
for (const depth of [1, 2, 3])
  await measure(`neighborhood hub depth ${depth} limit 200`, NEIGHBORHOOD, [{ id: hub, depth, limit: 200 }]);
await measure(
  'neighborhood others depth 2 limit 200',
  NEIGHBORHOOD,
  others.map((id) => ({ id, depth: 2, limit: 200 })),
);
await measure(
  'neighborhood others depth 3 filtered, limit 1000',
  NEIGHBORHOOD,
  others.map((id) => ({
    id,
    depth: 3,
    limit: 1000,
    filter: { linkKinds: ['JOINT_RD', 'SUPPLY', 'MOU'], asOf: '2024-01-01' },
  })),
);
const pairs = others.map((from, i) => ({ from, to: others[(i + 3) % others.length]!, k: 3, maxHops: 6 }));
await measure(
  'collaborationPaths k 1',
  PATHS,
  pairs.map((p) => ({ ...p, k: 1 })),
);
await measure('collaborationPaths k 3', PATHS, pairs);
await measure(
  'collaborationPaths k 5',
  PATHS,
  pairs.map((p) => ({ ...p, k: 5 })),
);
await measure(
  'collaborationPaths hub → others k 3',
  PATHS,
  others.map((to) => ({ from: hub, to, k: 3, maxHops: 6 })),
);
await measure('graph limit 2000', GRAPH, [{ limit: 2000 }]);
await measure('graph filtered (kinds, asOf) limit 2000', GRAPH, [
  { limit: 2000, filter: { orgKinds: ['COMPANY', 'HOSPITAL'], asOf: '2022-01-01' } },
]);
await db.close();
