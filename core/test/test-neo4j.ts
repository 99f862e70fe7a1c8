// The test Neo4j of this test file: files that run at the same time never share a database.
//
// A file leases one instance for the life of its process (vitest runs each file in a process of its own) by
// creating a claim file named after the instance and its pid. The pool id only says which instance to try first:
// vitest does not promise that two running files never hold the same one, and a finished file's process can still be
// stopping while the next one starts. A claim counts while its process lives; a newcomer that finds another live claim
// beside its own withdraws (two that claim at once both withdraw and try again), so no two live processes hold one
// instance. When every instance is held, the file waits for one.
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import './provided-context.ts';

const LEASE_WAIT_MS = 120_000;
const LEASE_POLL_MS = 200;

let leasedUri: string | undefined;

export function testNeo4jUri(): string {
  leasedUri ??= leaseInstance(inject('neo4jUris'), inject('neo4jLeaseDir'));
  return leasedUri;
}

function leaseInstance(uris: string[], leaseDir: string): string {
  const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
  const order = uris.map((_, offset) => (poolId - 1 + offset) % uris.length);
  const deadline = Date.now() + LEASE_WAIT_MS;
  for (;;) {
    for (const index of order) {
      if (tryClaim(leaseDir, index)) return uris[index]!;
    }
    if (Date.now() > deadline) {
      throw new Error(`no test Neo4j became free within ${LEASE_WAIT_MS / 1000} s (claims in ${leaseDir})`);
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

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
