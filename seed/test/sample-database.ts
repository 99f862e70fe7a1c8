// A test's own Neo4j made ready the way `pnpm start` makes an empty one: schema migrations, then the sample data.
import { applyMigrations, openDatabase } from '@siheung/core/db';
import type { LocalNeo4jAuth } from '@siheung/core/local-neo4j';
import { loadSampleData } from '../src/index.ts';

/** Migrates the Neo4j at `uri` and loads the sample data, with a timeout meant for a JVM that has just started. */
export async function migrateAndLoadSample(uri: string, auth: LocalNeo4jAuth | null): Promise<void> {
  const db = openDatabase({ uri, auth, database: 'neo4j', queryTimeoutMs: 120_000 });
  try {
    await applyMigrations(db);
    await loadSampleData(db);
  } finally {
    await db.close();
  }
}
