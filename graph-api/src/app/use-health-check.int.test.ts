// /readyz against the test Neo4j behind a relay the test can cut, restore or stall: however often it is asked,
// Neo4j sees about one ping a second; a slow ping never opens the circuit for /graphql; it turns not ready within
// about a second of Neo4j going away, and ready within about a second of its return.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@siheung/core/db';
import { testNeo4jAuth, testNeo4jUri } from '@siheung/core/test-support';
import { startBoltProxy } from '@siheung/core/test-support/bolt-proxy';
import { captureLog } from '../../test/captured-log.ts';
import { createTestApp } from '../../test/test-app.ts';
import { logCircuitChanges } from './log-circuit-changes.ts';

const proxy = await startBoltProxy(testNeo4jUri());
let pings = 0;
const db = openDatabase(
  { uri: proxy.uri, auth: testNeo4jAuth(), database: 'neo4j', queryTimeoutMs: 10_000 },
  { onQuery: (name) => void (name === 'health-check' && (pings += 1)) },
);
const log = captureLog();
const stopLoggingCircuit = logCircuitChanges(db, log.logger);
const testApp = createTestApp({ db, logger: log.logger });

afterAll(async () => {
  stopLoggingCircuit();
  await testApp.close();
  await proxy.close();
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const readyStatus = async () => (await testApp.fetch('/readyz')).status;
const READ = '{ organizations(first: 1) { totalCount } }';

/** Asks /readyz every 50 ms from now on; the first moment it answered `status`, in ms since `from`. */
function watchReadiness() {
  const answers: { at: number; status: number }[] = [];
  let running = true;
  const polling = (async () => {
    while (running) {
      const at = Date.now();
      answers.push({ at, status: await readyStatus() });
      await pause(50);
    }
  })();
  return {
    firstSince: (from: number, status: number) => {
      const found = answers.find((answer) => answer.at >= from && answer.status === status);
      return found ? found.at - from : Infinity;
    },
    stop: async () => {
      running = false;
      await polling;
    },
  };
}

/**
 * Neo4j goes away for 1.5 s and comes back while /readyz is asked; how long /readyz took to say so each time.
 * `afterMs`: how long to keep asking after the return.
 */
async function outageOfNeo4j(afterMs: number): Promise<{ notReadyMs: number; readyMs: number }> {
  await untilReady();
  const readiness = watchReadiness();
  await pause(500);
  const awayAt = Date.now();
  await proxy.goAway();
  await pause(1_500);
  const backAt = Date.now();
  await proxy.comeBack();
  await pause(afterMs);
  await readiness.stop();
  return { notReadyMs: readiness.firstSince(awayAt, 503), readyMs: readiness.firstSince(backAt, 200) };
}

async function untilReady() {
  for (let tries = 0; tries < 100 && (await readyStatus()) !== 200; tries += 1) await pause(100);
}

describe('/readyz', () => {
  it('costs Neo4j about one ping a second however many ask', async () => {
    await untilReady();
    const before = pings;
    const started = Date.now();
    let asked = 0;
    const statuses = new Set<number>();
    const client = async () => {
      while (Date.now() - started < 2_000) {
        statuses.add(await readyStatus());
        asked += 1;
      }
    };
    await Promise.all(Array.from({ length: 20 }, client));
    const seconds = (Date.now() - started) / 1_000;
    expect([...statuses]).toEqual([200]);
    expect(asked).toBeGreaterThan(100);
    expect(pings - before).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  });

  it('answers not ready when a ping is slow, without opening the circuit for /graphql', async () => {
    await untilReady();
    // Past the readiness state's age, so /readyz has to ping.
    await pause(1_100);
    proxy.stall();
    const started = Date.now();
    const status = await readyStatus();
    const tookMs = Date.now() - started;
    proxy.resume();
    expect([status, db.circuitState]).toEqual([503, 'closed']);
    expect(tookMs).toBeLessThan(3_500);
    const result = await testApp.graphql(READ);
    expect([result.status, result.errors]).toEqual([200, undefined]);
    expect(log.lines().filter((line) => line.circuit !== undefined)).toEqual([]);
  });

  it('turns not ready within about 1 s of Neo4j going away, ready within about 1 s of its return', async () => {
    const { notReadyMs, readyMs } = await outageOfNeo4j(1_500);
    console.log(`readyz: not ready ${notReadyMs} ms after Neo4j went away, ready ${readyMs} ms after its return`);
    expect(notReadyMs).toBeLessThanOrEqual(1_500);
    expect(readyMs).toBeLessThanOrEqual(1_500);
  });

  it('does the same with requests coming in, which open the circuit, and logs each change of the circuit', async () => {
    log.clear();
    let reading = true;
    const reader = (async () => {
      while (reading) {
        await testApp.graphql(READ);
        await pause(50);
      }
    })();
    const { notReadyMs, readyMs } = await outageOfNeo4j(3_000);
    reading = false;
    await reader;
    console.log(`readyz under reads: not ready ${notReadyMs} ms after Neo4j went away, ready ${readyMs} ms after`);
    expect(notReadyMs).toBeLessThanOrEqual(1_500);
    expect(readyMs).toBeLessThanOrEqual(1_500);
    const circuit = log.lines().filter((line) => line.circuit !== undefined);
    expect(circuit.map((line) => [line.circuit, line.level])).toEqual([
      ['open', 'warn'],
      ['recovering', 'info'],
      ['closed', 'info'],
    ]);
    expect(circuit[1]?.downMs).toBeGreaterThanOrEqual(1_000);
  });
});
