// Integration and browser tests: Neo4j instances of their own (own ports, fresh data folders, never the
// user's data), migrated and loaded with the sample data once; stopped at the end. Neo4j Community has one
// user database, so files that run at the same time are isolated by running one instance per vitest
// worker; a file leases one for its whole run (see core/test/test-neo4j.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, startLocalNeo4j, type RunningNeo4j } from './neo4j/local-neo4j.ts';
import { applyMigrations, isConnectionFailure, openDatabase } from '@siheung/core/db';
import type { LocalNeo4jAuth } from '@siheung/core/local-neo4j';
import { markInstanceFailed, markInstanceReady } from '@siheung/core/test-support/neo4j-readiness';

import '@siheung/core/test-support/provided-context';

const running: RunningNeo4j[] = [];

async function prepare(uri: string, auth: LocalNeo4jAuth | null): Promise<void> {
  // The driver's short timeouts are meant for the API: on a busy machine a JVM that has just started can
  // miss them, which would open the circuit or stop the load. Wait until it answers, allow the load time,
  // and give one that still failed on a connection another try (migrations and sample data are idempotent).
  for (let attempt = 1; ; attempt += 1) {
    const db = openDatabase({ uri, auth, database: 'neo4j', queryTimeoutMs: 300_000 });
    try {
      const deadline = Date.now() + 120_000;
      while (!(await db.ping(10_000))) {
        if (Date.now() > deadline) throw new Error(`test Neo4j at ${uri} does not answer`);
        await new Promise((resolveWait) => setTimeout(resolveWait, 500));
      }
      await applyMigrations(db);
      const { loadSampleData } = await import('@siheung/seed');
      await loadSampleData(db);
      return;
    } catch (error) {
      if (attempt >= 3 || !isConnectionFailure(error)) throw error;
    } finally {
      await db.close();
    }
  }
}

/** Where a test instance listens and keeps its data; the global setup knows it before the instance starts. */
function instanceAt(index: number): { uri: string; port: number; dataDir: string } {
  // Ports NEO4J_TEST_PORT, +1, +2…; the first data folder keeps its documented name.
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7688) + index;
  const baseDir = resolve(REPO_ROOT, process.env.NEO4J_TEST_DATA ?? '.data/neo4j-test');
  const dataDir = index === 0 ? baseDir : `${baseDir}-${index + 1}`;
  return { uri: `bolt://127.0.0.1:${port}`, port, dataDir };
}

async function startInstance(index: number): Promise<number> {
  const { port, dataDir } = instanceAt(index);
  rmSync(dataDir, { recursive: true, force: true });
  // Several JVMs starting at once on a busy machine take longer than one: a generous readiness wait.
  const neo4j = await startLocalNeo4j({ port, dataDir, log: () => undefined, readyTimeoutMs: 300_000, quickJit: true });
  running.push(neo4j);
  await prepare(neo4j.uri, neo4j.auth);
  return neo4j.process.pid!;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Unit tests alone need no database: skip the start when only they were selected.
  if (project.vitest.projects.every((selected) => selected.name === 'unit')) return async () => undefined;
  const leaseDir = mkdtempSync(join(tmpdir(), 'siheung-neo4j-leases-'));
  // NEO4J_TEST_URI: already running instances, comma-separated (vitest.config.ts runs one file per instance).
  const external = process.env.NEO4J_TEST_URI?.split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  // One instance per worker (vitest.config.ts sets maxWorkers), started side by side.
  const count = external?.length || Math.max(1, project.vitest.config.maxWorkers ?? 1);
  const uris = external?.length ? external : Array.from({ length: count }, (_, index) => instanceAt(index).uri);
  // Not awaited: the unit tier runs while the instances start and load. A file that needs one waits in
  // testNeo4jUri() for the marker each instance leaves here when it is ready (or failed).
  const preparing = Promise.all(
    uris.map(async (uri, index) => {
      try {
        const pid = external?.length ? null : await startInstance(index);
        if (external?.length) await prepare(uri, null);
        markInstanceReady(leaseDir, index, pid);
      } catch (error) {
        markInstanceFailed(leaseDir, index, error instanceof Error ? error.message : String(error));
      }
    }),
  );
  project.provide('neo4jUris', uris);
  // Each started instance makes its password in its data folder, as the product's local Neo4j does.
  project.provide('neo4jDataDirs', external?.length ? uris.map(() => null) : uris.map((_, i) => instanceAt(i).dataDir));
  project.provide('neo4jLeaseDir', leaseDir);
  // The last worker's instance when there are two or more: no file leases it after the integration tier.
  project.provide(
    'spareNeo4j',
    !external?.length && count >= 2 ? { ...instanceAt(count - 1), index: count - 1 } : null,
  );
  return async () => {
    await preparing;
    await Promise.all(running.map((neo4j) => neo4j.stop()));
    rmSync(leaseDir, { recursive: true, force: true });
  };
}
