// Analytics by graph size: networkStats, centrality and communities through the API (in process: the figure is the
// analytics' own), cold (after a data-version bump: projection read, graph build, compute) and cached; and how well
// the sampled betweenness the API uses past its exact limit agrees with the exact one (Spearman rank correlation).
import { createApp } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import {
  ANALYTICS_LIMITS,
  betweenness,
  buildSnapshot,
  pivotBetweenness,
  readProjection,
  WHOLE_NETWORK,
} from '@siheung/graph-api/bench-support';
import { DATA_VERSION_BUMP } from '@siheung/core/data-version';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { medianOf, spearman } from './stats.ts';

const QUESTIONS: ReadonlyArray<[string, string]> = [
  [
    'networkStats',
    `{ networkStats { organizations links density averageClustering transitivity averageShortestPath diameter
    pathsExact modularity communities isolates } }`,
  ],
  ['centrality PAGERANK', '{ centrality(metric: PAGERANK, top: 20) { exact entries { value } } }'],
  ['centrality BETWEENNESS', '{ centrality(metric: BETWEENNESS, top: 20) { exact samplePivots entries { value } } }'],
  ['communities', '{ communities(minSize: 2) { modularity count } }'],
];

export interface AnalyticsTiming {
  question: string;
  coldMs: number;
  cachedMs: number;
  /** What the API said about exactness (betweenness: sampled past ANALYTICS_LIMITS.exactCentralityMaxNodes). */
  detail: string;
}

export interface BetweennessAgreement {
  organizations: number;
  pivots: number;
  spearman: number;
  /** Shared organisations among the top 20 of each. */
  top20Overlap: number;
  exactMs: number;
  sampledMs: number;
}

export interface AnalyticsResult {
  timings: AnalyticsTiming[];
  agreement: BetweennessAgreement | null;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const top = (values: Record<string, number>, count: number): Set<string> =>
  new Set(
    Object.entries(values)
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([id]) => id),
  );

export async function analyticsTimings(
  neo4j: BenchNeo4j,
  { coldRuns, cachedRuns, exactBetweenness }: { coldRuns: number; cachedRuns: number; exactBetweenness: boolean },
): Promise<AnalyticsResult> {
  const app = createApp({ db: neo4j.db, config: loadConfig({ NEO4J_URI: neo4j.uri, NODE_ENV: 'test' }) });
  const ask = async (query: string): Promise<Record<string, unknown>> => {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown };
    if (!body.data) throw new Error(`bench: analytics answered ${JSON.stringify(body.errors).slice(0, 300)}`);
    return Object.values(body.data)[0]!;
  };
  const timings: AnalyticsTiming[] = [];
  for (const [question, query] of QUESTIONS) {
    const cold: number[] = [];
    const cached: number[] = [];
    let answer: Record<string, unknown> = {};
    try {
      for (let run = 0; run < coldRuns; run += 1) {
        await neo4j.db.write(DATA_VERSION_BUMP);
        [answer, cold[run]] = await timed(() => ask(query));
      }
      for (let run = 0; run < cachedRuns; run += 1) cached.push((await timed(() => ask(query)))[1]);
    } catch (error) {
      // One failing question (e.g. code being changed under the bench) must not cost the rest of the run.
      timings.push({
        question,
        coldMs: Number.NaN,
        cachedMs: Number.NaN,
        detail: `failed: ${error instanceof Error ? error.message.slice(0, 160) : String(error)}`,
      });
      continue;
    }
    const detail =
      'exact' in answer
        ? answer.exact
          ? 'exact'
          : `sampled, ${String(answer.samplePivots)} pivots`
        : 'pathsExact' in answer
          ? `paths ${answer.pathsExact ? 'exact' : 'sampled'}`
          : '';
    timings.push({ question, coldMs: medianOf(cold), cachedMs: medianOf(cached), detail });
  }

  if (!exactBetweenness) return { timings, agreement: null };
  const projection = await readProjection(neo4j.db, { scope: WHOLE_NETWORK, asOf: null, detail: 'STRUCTURE' });
  const { graph } = buildSnapshot(projection, WHOLE_NETWORK, null);
  const pivots = ANALYTICS_LIMITS.centralityPivots;
  const [exact, exactMs] = await timed(() =>
    betweenness(graph, { ...ANALYTICS_LIMITS, exactCentralityMaxNodes: Number.POSITIVE_INFINITY }),
  );
  const [sampled, sampledMs] = await timed(() => pivotBetweenness(graph, pivots, ANALYTICS_LIMITS.seed));
  const exactTop = top(exact.values, 20);
  return {
    timings,
    agreement: {
      organizations: graph.order,
      pivots,
      spearman: spearman(new Map(Object.entries(exact.values)), new Map(Object.entries(sampled.values))),
      top20Overlap: [...top(sampled.values, 20)].filter((id) => exactTop.has(id)).length,
      exactMs,
      sampledMs,
    },
  };
}
