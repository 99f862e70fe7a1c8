// Markers by which the global setup tells test files that a test Neo4j is ready (or failed to start): the setup
// starts the instances without waiting, so that the unit tier runs meanwhile. The setup runs in vitest's main
// process and the files in workers, so the markers are files in the lease folder, written whole (write, then rename).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type InstanceState =
  | { state: 'starting' }
  | { state: 'ready'; pid: number | null }
  | { state: 'failed'; message: string }
  | { state: 'retired' };

export function markInstanceReady(leaseDir: string, index: number, pid: number | null): void {
  writeWhole(join(leaseDir, `ready-${index}`), JSON.stringify({ pid }));
}

export function markInstanceFailed(leaseDir: string, index: number, message: string): void {
  writeWhole(join(leaseDir, `failed-${index}`), message);
}

/** No file may lease the instance any more (the fault test kills it and its restart ends with that file). */
export function markInstanceRetired(leaseDir: string, index: number): void {
  writeWhole(join(leaseDir, `retired-${index}`), '');
}

export function instanceState(leaseDir: string, index: number): InstanceState {
  if (existsSync(join(leaseDir, `retired-${index}`))) return { state: 'retired' };
  const failed = join(leaseDir, `failed-${index}`);
  if (existsSync(failed)) return { state: 'failed', message: readFileSync(failed, 'utf8') };
  const ready = join(leaseDir, `ready-${index}`);
  if (existsSync(ready))
    return { state: 'ready', pid: (JSON.parse(readFileSync(ready, 'utf8')) as { pid: number | null }).pid };
  return { state: 'starting' };
}

/** Blocks until the instance is ready; throws with the setup's reason when it failed or took too long. */
export function waitForInstance(leaseDir: string, index: number, timeoutMs: number): { pid: number | null } {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = instanceState(leaseDir, index);
    if (current.state === 'ready') return { pid: current.pid };
    if (current.state === 'failed') throw new Error(`the test Neo4j ${index + 1} did not start: ${current.message}`);
    if (current.state === 'retired') throw new Error(`the test Neo4j ${index + 1} is retired`);
    if (Date.now() > deadline)
      throw new Error(`the test Neo4j ${index + 1} was not ready within ${timeoutMs / 1000} s`);
    sleepSync(200);
  }
}

export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
