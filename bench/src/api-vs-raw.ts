// API vs raw driver: each question over HTTP to the product's API (its own process) against the very statements the
// API sent for it (recorded in process, replayed with neo4j-driver), in the same interleaved rounds.
import { createApp } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import { createApiKey, revokeApiKey } from '@siheung/graph-api/bench-support';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { postGraphql, type ChildServer } from './child-server.ts';
import { compareSides, type LoopSettings } from './closed-loop.ts';
import type { Question } from './questions.ts';
import { formatRatio, ms, type RatioRow } from './ratio-table.ts';
import { openRawClient } from './raw-driver.ts';
import { createQueryRecorder, type RecordedWave } from './record-queries.ts';
import type { LatencySummary } from './stats.ts';

export interface ApiVsRawResult {
  question: string;
  available: boolean;
  note?: string;
  statementsPerRequest?: number;
  api?: LatencySummary;
  raw?: LatencySummary;
}

export const describeLatency = (summary: LatencySummary): string =>
  `p50 ${ms(summary.p50Ms)}, p95 ${ms(summary.p95Ms)}, ${summary.throughput.toFixed(0)} req/s`;

/** The waves of statements each variant of the question costs, or why the question cannot be asked. */
async function recordQuestion(
  neo4j: BenchNeo4j,
  question: Question,
  token: string | null,
): Promise<RecordedWave[][] | string> {
  const recorder = createQueryRecorder(neo4j.db);
  const app = createApp({ db: recorder.db, config: loadConfig({ NEO4J_URI: neo4j.uri, NODE_ENV: 'test' }) });
  const recorded: RecordedWave[][] = [];
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token === null ? {} : { authorization: `Bearer ${token}` }),
  };
  let failure: string | null = null;
  const ask = async (variables: Record<string, unknown>): Promise<void> => {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: question.query, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (body.errors !== undefined) failure = body.errors.map((error) => error.message).join('; ');
  };
  for (const variables of question.variables) {
    // Asked once before recording: what the API caches across requests (e.g. partnerMatches' projection of the
    // graph) is then warm, as in the API under load, and the raw side does not replay a cache fill every time.
    await ask(variables);
    const waves = await recorder.record(() => ask(variables));
    if (failure !== null) return failure;
    recorded.push(waves);
  }
  return recorded;
}

export async function apiVsRaw(
  neo4j: BenchNeo4j,
  api: ChildServer,
  questions: readonly Question[],
  loop: LoopSettings,
  graph: string,
): Promise<{ results: ApiVsRawResult[]; rows: RatioRow[] }> {
  const raw = openRawClient(neo4j.uri, neo4j.auth);
  const results: ApiVsRawResult[] = [];
  const rows: RatioRow[] = [];
  // A staff key for the questions that need one (its check, one indexed read, is then part of the API's cost).
  const staff = questions.some((question) => question.role === 'staff')
    ? await createApiKey(neo4j.db, 'staff', 'bench')
    : null;
  try {
    for (const question of questions) {
      const token = question.role === 'staff' ? staff!.token : null;
      const recorded = await recordQuestion(neo4j, question, token);
      if (typeof recorded === 'string') {
        results.push({ question: question.name, available: false, note: recorded.slice(0, 200) });
        continue;
      }
      let nextApi = 0;
      let nextRaw = 0;
      const summaries = await compareSides(
        [
          {
            name: 'api',
            request: () =>
              postGraphql(api.url, question.query, question.variables[nextApi++ % question.variables.length]!, token),
          },
          { name: 'raw', request: () => raw.replay(recorded[nextRaw++ % recorded.length]!) },
        ],
        loop,
      );
      const statements =
        recorded.flat(2).reduce((sum, transaction) => sum + transaction.statements.length, 0) / recorded.length;
      results.push({
        question: question.name,
        available: true,
        statementsPerRequest: statements,
        api: summaries.api,
        raw: summaries.raw,
      });
      const [ours, base] = [summaries.api!, summaries.raw!];
      rows.push({
        area: 'API vs raw driver',
        graph,
        question: `${question.name}, ${statements.toFixed(1)} statements`,
        ours: describeLatency(ours),
        baseline: describeLatency(base),
        ratioName: `p95 API ÷ raw; throughput ${formatRatio(ours.throughput / base.throughput)}`,
        ratio: ours.p95Ms / base.p95Ms,
        goal: { op: '≤', value: 1.2 },
      });
    }
  } finally {
    await raw.close();
    if (staff !== null) await revokeApiKey(neo4j.db, staff.key.id);
  }
  return { results, rows };
}
