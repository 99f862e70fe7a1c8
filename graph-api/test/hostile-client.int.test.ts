// The hostile-client suite: for every role, the worst documents its limits allow (hostile-documents.ts, generated from
// the schema) are each refused before anything runs — QUERY_TOO_COMPLEX with the cost and the budget, and not one
// database call — or answered within 2 s and 10 MB; never INTERNAL; and the API's heap after the suite is within twice
// its heap before.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/auth/actor.ts';
import { hostileSuite, knownIdsOf, type HostileDocument, type KnownIds } from './hostile-documents.ts';
import { sampleDataset } from './sample-dataset.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const ROLES: readonly Role[] = ['public', 'researcher', 'staff', 'admin'];
const ANSWER_MS = 2_000;
const ANSWER_BYTES = 10 * 1024 * 1024;
/** Errors an answer may still carry: a role refused a field, or an id the sample does not have. */
const ANSWER_ERRORS = new Set(['FORBIDDEN', 'NOT_FOUND']);

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

interface Outcome {
  document: string;
  status: number;
  ms: number;
  bytes: number;
  codes: string[];
  queries: number;
  extensions: Record<string, unknown> | undefined;
}

const apps = new Map<Role, TestApp>();
let ids: KnownIds;

beforeAll(async () => {
  ids = knownIdsOf(await sampleDataset());
  for (const role of ROLES) {
    const app = createTestApp({ role });
    await app.token();
    apps.set(role, app);
  }
  // The analytics worker thread starts with the first analytics question a process gets: a one-off cost of the
  // process, not of any document below.
  await apps.get('admin')!.graphql('{ networkStats { organizations } }');
});

afterAll(async () => {
  for (const app of apps.values()) await app.close();
});

async function send(app: TestApp, document: HostileDocument): Promise<Outcome> {
  app.resetQueryCount();
  const started = performance.now();
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.query, variables: document.variables ?? {} }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[] };
  return {
    document: document.name,
    status: response.status,
    ms: Math.round(ms),
    bytes: Buffer.byteLength(text),
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
    queries: app.queryCount(),
    extensions: body.errors?.[0]?.extensions,
  };
}

/** What is wrong with an outcome (nothing: refused before anything ran, or answered within the bounds). */
function faults(outcome: Outcome): string[] {
  if (outcome.codes.includes('QUERY_TOO_COMPLEX')) {
    const found: string[] = [];
    if (outcome.queries > 0) found.push(`refused after ${outcome.queries} database calls`);
    const { limit, cost, budget } = outcome.extensions ?? {};
    if (limit === 'cost' && !(typeof cost === 'number' && typeof budget === 'number' && cost > budget))
      found.push(`refused for cost without cost > budget (${String(cost)}, ${String(budget)})`);
    return found;
  }
  const found: string[] = [];
  const unexpected = outcome.codes.filter((code) => !ANSWER_ERRORS.has(code));
  if (unexpected.length > 0) found.push(`answered with ${unexpected.join(', ')}`);
  if (outcome.status !== 200) found.push(`status ${outcome.status}`);
  if (outcome.ms > ANSWER_MS) found.push(`answered in ${outcome.ms} ms`);
  if (outcome.bytes > ANSWER_BYTES) found.push(`answered ${outcome.bytes} bytes`);
  return found;
}

describe('the hostile-client suite', () => {
  it.each(ROLES)('as %s: every document is refused before it runs, or answered within 2 s and 10 MB', async (role) => {
    const app = apps.get(role)!;
    // The role's hostile documents, then a client's introspection (the schema is public: it must fit every budget).
    const documents = hostileSuite(role, ids);
    const before = heapUsed();
    const outcomes: Outcome[] = [];
    for (const document of documents) outcomes.push(await send(app, document));
    const after = heapUsed();

    const faulty = outcomes
      .filter((outcome) => faults(outcome).length > 0)
      .map((outcome) => ({
        document: outcome.document,
        faults: faults(outcome),
      }));
    expect(faulty).toEqual([]);
    // A generated document (all but the first two) at the depth limit reaches the cost model: depth does not refuse it.
    const generated = outcomes.slice(2);
    expect(
      generated.filter((outcome) => outcome.extensions?.limit === 'depth').map((outcome) => outcome.document),
    ).toEqual([]);
    const introspection = outcomes.find((outcome) => outcome.document === 'introspection')!;
    expect(introspection.codes).toEqual([]);
    // The two documents that once took the API down are refused before they run for every role below admin.
    // (every limit a document crosses is listed, each as QUERY_TOO_COMPLEX).
    if (role !== 'admin') {
      for (const historic of outcomes.slice(0, 2)) {
        expect(historic.codes.length, historic.document).toBeGreaterThan(0);
        expect(new Set(historic.codes), historic.document).toEqual(new Set(['QUERY_TOO_COMPLEX']));
        expect(historic.queries, historic.document).toBe(0);
      }
    }
    expect(after).toBeLessThanOrEqual(2 * before);
  });
});
