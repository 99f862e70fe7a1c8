// Opens the database named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (validated by the
// API's config module) with a timeout long enough for a whole dataset in one transaction.
import { loadConfig } from '@siheung/graph-api/config';
import { openDatabase, type Database } from '@siheung/graph-api/db';

const LOAD_TIMEOUT_MS = 10 * 60_000;

export function openCliDatabase(env: NodeJS.ProcessEnv): { db: Database; target: string } {
  const { neo4j } = loadConfig(env);
  const db = openDatabase({ ...neo4j, queryTimeoutMs: Math.max(neo4j.queryTimeoutMs, LOAD_TIMEOUT_MS) });
  return { db, target: `${neo4j.uri} (database ${neo4j.database})` };
}
