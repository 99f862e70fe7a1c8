// API vs the peer: the nested list question through our API and through @neo4j/graphql over the same database, both
// over HTTP from their own processes, in the same interleaved rounds; the goal is on throughput.
import { join } from 'node:path';
import { neo4jConnectionEnv } from '@siheung/core/local-neo4j';
import { BENCH_DIR, PORTS } from './bench-paths.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { describeLatency } from './api-vs-raw.ts';
import { postGraphql, startChildServer, type ChildServer } from './child-server.ts';
import { compareSides, type LoopSettings } from './closed-loop.ts';
import { ORGANIZATIONS_PAGE, PEER_ORGANIZATIONS_PAGE } from './questions.ts';
import { formatRatio, type RatioRow } from './ratio-table.ts';
import type { LatencySummary } from './stats.ts';

export interface PeerResult {
  question: string;
  api: LatencySummary;
  peer: LatencySummary;
}

/** Page sizes of the nested list question. */
const PAGES = [20, 100];

export async function peerVsApi(
  neo4j: BenchNeo4j,
  api: ChildServer,
  loop: LoopSettings,
  graph: string,
): Promise<{ results: PeerResult[]; rows: RatioRow[] }> {
  const peer = await startChildServer(
    'the @neo4j/graphql peer',
    join(BENCH_DIR, 'src', 'peer-server.ts'),
    { ...neo4jConnectionEnv(neo4j.uri, neo4j.auth), PORT: String(PORTS.peer) },
    `http://127.0.0.1:${PORTS.peer}`,
    /peer: listening/,
  );
  const results: PeerResult[] = [];
  const rows: RatioRow[] = [];
  try {
    for (const first of PAGES) {
      const question = `organizations page (${first}: hub, capabilities, partners)`;
      const summaries = await compareSides(
        [
          { name: 'api', request: () => postGraphql(api.url, ORGANIZATIONS_PAGE, { first }) },
          { name: 'peer', request: () => postGraphql(peer.url, PEER_ORGANIZATIONS_PAGE, { first }) },
        ],
        loop,
      );
      const [ours, theirs] = [summaries.api!, summaries.peer!];
      results.push({ question, api: ours, peer: theirs });
      rows.push({
        area: 'API vs @neo4j/graphql',
        graph,
        question,
        ours: describeLatency(ours),
        baseline: describeLatency(theirs),
        ratioName: `throughput API ÷ peer; p95 ${formatRatio(ours.p95Ms / theirs.p95Ms)}`,
        ratio: ours.throughput / theirs.throughput,
        goal: { op: '≥', value: 2 },
      });
    }
  } finally {
    await peer.stop();
  }
  return { results, rows };
}
