// The test Neo4j of this test file: files that run at the same time never share a database.
//
// A file leases one instance for the life of its process (vitest runs each file in a process of its own) by
// creating a claim file named after the instance and its pid. The pool id only says which instance to try first:
// vitest does not promise that two running files never hold the same one, and a finished file's process can still be
// stopping while the next one starts. A claim counts while its process lives; a newcomer that finds another live claim
// beside its own withdraws (two that claim at once both withdraw and try again), so no two live processes hold one
// instance. When every instance is held, the file waits for one.
//
// Each instance has a password of its own, read from its data folder the way every tool reads the local Neo4j's.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { localNeo4jAuth, neo4jConnectionEnv, type LocalNeo4jAuth } from '../src/config/local-neo4j.ts';
import { instanceState, markInstanceRetired, sleepSync, waitForInstance } from './neo4j-readiness.ts';
import './provided-context.ts';

// The global setup may still be starting the instances (the unit tier runs meanwhile), and on a busy machine a
// start, its migrations and the sample load can take minutes.
const READY_WAIT_MS = 600_000;
const LEASE_WAIT_MS = 120_000;
const LEASE_POLL_MS = 200;

let leasedIndex: number | undefined;

function leasedInstance(): number {
  leasedIndex ??= leaseInstance(inject('neo4jUris'), inject('neo4jLeaseDir'));
  return leasedIndex;
}

export function testNeo4jUri(): string {
  return inject('neo4jUris')[leasedInstance()]!;
}

/** The credentials of this file's test Neo4j (null for an already running one given by NEO4J_TEST_URI). */
export function testNeo4jAuth(): LocalNeo4jAuth | null {
  const dataDir = inject('neo4jDataDirs')[leasedInstance()];
  return dataDir ? localNeo4jAuth(dataDir) : null;
}

/** NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD of this file's test Neo4j, for a child process or a loadConfig. */
export function testNeo4jEnv(): Record<string, string> {
  return neo4jConnectionEnv(testNeo4jUri(), testNeo4jAuth());
}

/**
 * The environment that makes this file's test Neo4j "the local Neo4j" of a tool (NEO4J_URI unset, NEO4J_LOCAL_PORT and
 * NEO4J_LOCAL_DATA naming it), so the tool finds the password in its data folder as it would the product's; an
 * instance given by NEO4J_TEST_URI has no folder here and is named by NEO4J_URI instead.
 */
export function testNeo4jLocalEnv(): Record<string, string> {
  const dataDir = inject('neo4jDataDirs')[leasedInstance()];
  if (!dataDir) return testNeo4jEnv();
  return { NEO4J_URI: '', NEO4J_LOCAL_PORT: new URL(testNeo4jUri()).port, NEO4J_LOCAL_DATA: dataDir };
}

/**
 * Takes a test instance out of leasing for good, once no file holds it any more, and gives its pid once it is ready
 * (null for instances given by NEO4J_TEST_URI): the fault test kills it, and the Neo4j it restarts ends with it.
 */
export function retireTestNeo4j(index: number): { pid: number | null } {
  const leaseDir = inject('neo4jLeaseDir');
  const ready = waitForInstance(leaseDir, index, READY_WAIT_MS);
  markInstanceRetired(leaseDir, index);
  const deadline = Date.now() + LEASE_WAIT_MS;
  while (liveClaimants(leaseDir, index).some((pid) => pid !== process.pid)) {
    if (Date.now() > deadline) throw new Error(`the test Neo4j ${index + 1} stayed leased by another file`);
    sleepSync(LEASE_POLL_MS);
  }
  return ready;
}

/** The index in `uris` of the instance this process claimed. */
function leaseInstance(uris: string[], leaseDir: string): number {
  const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
  const order = uris.map((_, offset) => (poolId - 1 + offset) % uris.length);
  const readyDeadline = Date.now() + READY_WAIT_MS;
  let leaseDeadline: number | undefined;
  for (;;) {
    const states = order.map((index) => ({ index, ...instanceState(leaseDir, index) }));
    const failed = states.find((instance) => instance.state === 'failed');
    // A failed start fails every file, rather than leaving the run to the instances that did start.
    if (failed) waitForInstance(leaseDir, failed.index, 0);
    const ready = states.filter((instance) => instance.state === 'ready');
    if (ready.length > 0) {
      for (const { index } of ready) if (tryClaim(leaseDir, index)) return index;
      leaseDeadline ??= Date.now() + LEASE_WAIT_MS;
      if (Date.now() > leaseDeadline) {
        throw new Error(`no test Neo4j became free within ${LEASE_WAIT_MS / 1000} s (claims in ${leaseDir})`);
      }
    } else if (states.every((instance) => instance.state === 'retired')) {
      throw new Error('every test Neo4j is retired');
    } else if (Date.now() > readyDeadline) {
      throw new Error(`no test Neo4j was ready within ${READY_WAIT_MS / 1000} s`);
    }
    sleepSync(LEASE_POLL_MS + Math.floor(Math.random() * LEASE_POLL_MS));
  }
}

function tryClaim(leaseDir: string, index: number): boolean {
  if (liveClaimants(leaseDir, index).length > 0) return false;
  const claimPath = join(leaseDir, `instance-${index}.${process.pid}`);
  writeFileSync(claimPath, '');
  if (liveClaimants(leaseDir, index).some((pid) => pid !== process.pid)) {
    removeClaim(claimPath);
    return false;
  }
  process.once('exit', () => removeClaim(claimPath));
  return true;
}

function liveClaimants(leaseDir: string, index: number): number[] {
  const prefix = `instance-${index}.`;
  const pids: number[] = [];
  for (const name of readdirSync(leaseDir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (isAlive(pid)) pids.push(pid);
    else removeClaim(join(leaseDir, name));
  }
  return pids;
}

function removeClaim(claimPath: string): void {
  try {
    unlinkSync(claimPath);
  } catch (error) {
    // Another file may have cleared the same dead claim first.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
