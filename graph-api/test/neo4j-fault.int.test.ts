// Neo4j dies under load and comes back: with 100 reads always in flight, a Neo4j no other file uses at that time (the
// global setup's spare instance, or one of the file's own on port 7741 with the sample data) is SIGKILLed and restarted
// on the same data. No 500s; every failed read is a 503
// DATABASE_UNAVAILABLE answered within 2 s; normal answers within 10 s of Neo4j's return. Writes retried by the
// client until acknowledged (upsertOrganization and addCollaboration on fixed natural keys) are all there
// afterwards, none twice. The app's log has fewer lines than refused requests (repeats are counted, not repeated),
// accounts for every one of them, and has no stack trace for DATABASE_UNAVAILABLE.
//
// 100 closed-loop readers, where the acceptance asks for 20: every assertion holds for each reader, and more readers
// only make it harder (recovery lets 8 calls through at once whatever the load, and Neo4j shares 2 cores with them);
// a run with 20 is in docs/limits.md. One Neo4j restart per run, the costliest step of the test tiers.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/local-neo4j.ts';
import { createApp, type App } from '../src/app/create-app.ts';
import { FailureLog } from '../src/app/failure-log.ts';
import { logCircuitChanges } from '../src/app/log-circuit-changes.ts';
import { createApiKey } from '../src/auth/api-key-store.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase, type Database } from '@siheung/core/db';
import { localNeo4jAuth } from '@siheung/core/local-neo4j';
import { retireTestNeo4j, withTestStatements } from '@siheung/core/test-support';
import { dumpGraph, migrateAndLoadSample } from '@siheung/seed/test-support';
import { captureLog, STACK_FRAME } from './captured-log.ts';

const spare = inject('spareNeo4j');
const PORT = spare?.port ?? Number(process.env.NEO4J_FAULT_PORT ?? 7741);
const DATA_DIR = spare?.dataDir ?? resolve(REPO_ROOT, `.data/neo4j-fault-${PORT}`);
const PREFIX = 'T-FAULT-';
const READERS = 100;
const WRITES = 12;
const READ = JSON.stringify({
  query: '{ organizations(first: 5) { totalCount edges { node { id name hub { name } } } } }',
});

interface Sample {
  started: number;
  ms: number;
  status: number;
  code: string | null;
}

/** The Neo4j under test: where it answers and the process to kill. */
let neo4j: { uri: string; pid: number };
let db: Database;
let app: App;
let staffToken = '';
const appLog = captureLog();
const failures = new FailureLog(appLog.logger);
let stopLoggingCircuit: () => void = () => undefined;
const started: Promise<RunningNeo4j>[] = [];
const start = async (): Promise<{ uri: string; pid: number }> => {
  // A restart after SIGKILL recovers the store first; on a busy shared machine that can take minutes.
  const starting = startLocalNeo4j({
    port: PORT,
    dataDir: DATA_DIR,
    readyTimeoutMs: 300_000,
    log: (line) => log(line),
    quickJit: true,
  });
  started.push(starting);
  const running = await starting;
  return { uri: running.uri, pid: running.process.pid! };
};
const log = (line: string) => console.log(`neo4j-fault: ${line}`);

beforeAll(async () => {
  if (spare) {
    neo4j = { uri: spare.uri, pid: retireTestNeo4j(spare.index).pid! };
    log(`on the spare test Neo4j ${spare.uri}`);
  } else {
    rmSync(DATA_DIR, { recursive: true, force: true });
    const t0 = Date.now();
    neo4j = await start();
    const t1 = Date.now();
    // Loading gets a generous timeout; the app's handle below has the product's.
    await migrateAndLoadSample(neo4j.uri, localNeo4jAuth(DATA_DIR));
    log(
      `Neo4j started in ${((t1 - t0) / 1_000).toFixed(1)} s, sample data loaded in ` +
        `${((Date.now() - t1) / 1_000).toFixed(1)} s`,
    );
  }
  db = openDatabase(
    { uri: neo4j.uri, auth: localNeo4jAuth(DATA_DIR), database: 'neo4j', queryTimeoutMs: 10_000 },
    withTestStatements,
  );
  staffToken = (await createApiKey(db, 'staff', `${PREFIX}writer`)).token;
  app = createApp({
    db,
    config: loadConfig({ NEO4J_URI: neo4j.uri, NODE_ENV: 'test' }),
    logger: appLog.logger,
    failures,
  });
  stopLoggingCircuit = logCircuitChanges(db, appLog.logger);
}, 360_000);

afterAll(async () => {
  stopLoggingCircuit();
  await db?.close();
  // Every instance this file started, also one still starting when a test gave up.
  for (const starting of started)
    await starting.then(
      (instance) => instance.stop(),
      () => undefined,
    );
  // The spare instance's folder is the global setup's, wiped at its next start.
  if (!spare) rmSync(DATA_DIR, { recursive: true, force: true });
});

async function post(
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; code: string | null; ok: boolean }> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const json = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    code: json.errors?.[0]?.extensions?.code ?? null,
    ok: response.status === 200 && !json.errors && json.data != null,
  };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One reader: sends the read again as soon as it is answered (a failed one after 100 ms, as a client backs off). */
async function reader(samples: Sample[], running: () => boolean): Promise<void> {
  while (running()) {
    const started = Date.now();
    const { status, code } = await post(READ);
    samples.push({ started, ms: Date.now() - started, status, code });
    if (status !== 200) await pause(100);
  }
}

/** Write answers that were neither an acknowledgement nor a 503 DATABASE_UNAVAILABLE (there must be none). */
const unexpectedWriteAnswers: { status: number; code: string | null }[] = [];
/** Write answers that were not acknowledgements. */
let refusedWrites = 0;

/** The client's side of an idempotent write: retried until the API acknowledges it. */
async function untilAcknowledged(body: string): Promise<void> {
  for (;;) {
    const result = await post(body, { authorization: `Bearer ${staffToken}` });
    if (result.ok) return;
    refusedWrites += 1;
    if (result.status !== 503 || result.code !== 'DATABASE_UNAVAILABLE')
      unexpectedWriteAnswers.push({ status: result.status, code: result.code });
    await pause(100);
  }
}

function writes(index: number): [string, string] {
  const org = JSON.stringify({
    query: 'mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }',
    variables: {
      input: { id: `${PREFIX}ORG-${index}`, name: `장애시험${index}`, nameEn: `Fault ${index}`, kind: 'COMPANY' },
    },
  });
  const link = JSON.stringify({
    query: 'mutation($input: CollaborationInput!) { addCollaboration(input: $input) { id } }',
    variables: {
      input: {
        from: `${PREFIX}ORG-0`,
        to: `${PREFIX}ORG-${index}`,
        kind: 'JOINT_RD',
        since: '2024-03-01',
        source: 'test:fault',
      },
    },
  });
  return [org, link];
}

describe('Neo4j killed under load and restarted', () => {
  it('answers 503 DATABASE_UNAVAILABLE fast while down, recovers by itself, loses or doubles no write', async () => {
    const samples: Sample[] = [];
    let running = true;
    const readers = Array.from({ length: READERS }, () => reader(samples, () => running));
    await untilAcknowledged(writes(0)[0]);
    await pause(1_000);

    const killedAt = Date.now();
    process.kill(neo4j.pid, 'SIGKILL');
    log(`killed after ${samples.length} reads`);
    const writing = (async () => {
      for (let index = 1; index <= WRITES; index += 1) for (const body of writes(index)) await untilAcknowledged(body);
    })();
    await pause(2_000);
    const readyWhileDown = await app.fetch('http://test/readyz');
    const liveWhileDown = await app.fetch('http://test/healthz');
    neo4j = await start();
    const backAt = Date.now();
    log(`back after ${((backAt - killedAt) / 1_000).toFixed(1)} s; ${samples.length} reads so far`);
    await pause(10_000);
    const readyAfter = await app.fetch('http://test/readyz');
    await writing;
    log(`writes acknowledged ${((Date.now() - backAt) / 1_000).toFixed(1)} s after the return`);
    await pause(1_000);
    running = false;
    await Promise.all(readers);
    failures.flush();

    const failed = samples.filter((sample) => sample.status !== 200);
    const firstOkAfterReturn = samples
      .filter((sample) => sample.status === 200 && sample.started >= backAt)
      .sort((a, b) => a.started - b.started)[0];
    const recoverySeconds =
      ((firstOkAfterReturn?.started ?? Infinity) + (firstOkAfterReturn?.ms ?? 0) - backAt) / 1_000;
    const slow = failed
      .filter((sample) => sample.ms >= 2_000)
      .map((sample) => ((sample.started - killedAt) / 1_000).toFixed(1));
    if (slow.length > 0)
      log(`failed reads of 2 s or more started at (s after the kill): ${[...new Set(slow)].join(' ')}`);
    console.log(
      `neo4j-fault: ${samples.length} reads, ${failed.length} failed (worst ` +
        `${Math.max(0, ...failed.map((sample) => sample.ms))} ms), ` +
        (`Neo4j down ${((backAt - killedAt) / 1_000).toFixed(1)} s, first normal answer ` +
          `${recoverySeconds.toFixed(2)} s after its return`),
    );

    // Soft: every requirement is checked and reported, also when an earlier one fails.
    expect.soft(samples.filter((sample) => sample.status >= 500 && sample.status !== 503)).toEqual([]);
    expect.soft(failed.length).toBeGreaterThan(0);
    expect.soft(failed.filter((sample) => sample.status !== 503 || sample.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect.soft(failed.filter((sample) => sample.ms >= 2_000).length, 'failed reads answered in 2 s or more').toBe(0);
    expect.soft(recoverySeconds).toBeLessThanOrEqual(10);
    expect.soft(samples.filter((sample) => sample.started >= backAt + 10_000 && sample.status !== 200)).toEqual([]);
    expect.soft([readyWhileDown.status, liveWhileDown.status, readyAfter.status]).toEqual([503, 200, 200]);

    // The log: fewer lines than refused requests, each of which it counts; no stack for an outage.
    const refused = failed.length + refusedWrites;
    const lines = appLog.lines();
    const failureLines = lines.filter((line) => line.msg.startsWith('request failed'));
    const counted = failureLines.reduce((sum, line) => sum + (typeof line.count === 'number' ? line.count : 1), 0);
    log(
      `${appLog.raw.length} log lines, ${refused} refused requests (${failed.length} reads, ${refusedWrites} writes)`,
    );
    expect.soft(appLog.raw.length, 'log lines').toBeLessThan(refused);
    expect.soft(counted, 'refused requests the log accounts for').toBe(refused);
    expect
      .soft(appLog.raw.filter((line, index) => lines[index]?.code === 'DATABASE_UNAVAILABLE' && STACK_FRAME.test(line)))
      .toEqual([]);
    expect.soft(failureLines.filter((line) => line.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    // Opened by the kill, closed once Neo4j keeps up (a probe may find it answering before it serves, so it can open
    // again in between).
    const circuit = lines.filter((line) => line.circuit !== undefined).map((line) => line.circuit);
    expect.soft([circuit[0], circuit.at(-1)]).toEqual(['open', 'closed']);

    expect.soft(unexpectedWriteAnswers).toEqual([]);
    // Every acknowledged write is there, once.
    const dump = await dumpGraph(db, PREFIX);
    const organizations = dump.filter((entry) => entry.kind === 'node' && entry.labels.includes('Organization'));
    expect
      .soft(organizations.map((entry) => entry.key).sort())
      .toEqual(Array.from({ length: WRITES + 1 }, (_, index) => `${PREFIX}ORG-${index}`).sort());
    const links = dump.filter((entry) => entry.kind === 'relationship' && entry.labels.includes('COLLABORATES_WITH'));
    expect(links.map((entry) => entry.key).sort()).toEqual(
      Array.from(
        { length: WRITES },
        (_, index) => `${PREFIX}ORG-0 -COLLABORATES_WITH-> ${PREFIX}ORG-${index + 1}`,
      ).sort(),
    );
  }, 480_000);
});
