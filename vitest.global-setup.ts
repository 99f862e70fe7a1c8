// Integration and browser tests: a Neo4j of their own (own port, fresh data folder, never the user's data),
// migrated and loaded with the sample data once; stopped at the end.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, startLocalNeo4j, type RunningNeo4j } from './neo4j/local-neo4j.ts';
import { applyMigrations, openDatabase } from '@siheung/core/db';

import '@siheung/core/test-support/provided-context';

let neo4j: RunningNeo4j | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Unit tests alone need no database: skip Neo4j's slow start when only they were selected.
  if (project.vitest.projects.every((selected) => selected.name === 'unit')) return async () => undefined;
  const externalUri = process.env.NEO4J_TEST_URI;
  let uri: string;
  if (externalUri) {
    uri = externalUri;
  } else {
    const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
    const dataDir = resolve(REPO_ROOT, process.env.NEO4J_TEST_DATA ?? '.data/neo4j-test');
    rmSync(dataDir, { recursive: true, force: true });
    neo4j = await startLocalNeo4j({ port, dataDir, log: () => undefined });
    uri = neo4j.uri;
  }
  const db = openDatabase({ uri, auth: null, database: 'neo4j', queryTimeoutMs: 60_000 });
  try {
    await applyMigrations(db);
    const { loadSampleData } = await import('@siheung/seed');
    await loadSampleData(db);
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  return async () => {
    await neo4j?.stop();
  };
}
