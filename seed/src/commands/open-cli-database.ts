// Opens the database named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (validated as the API
// validates them: @siheung/core/config) with a timeout long enough for a whole dataset in one transaction.
import { loadNeo4jSettings } from '@siheung/core/config';
import { openDatabase, type Database } from '@siheung/core/db';

const LOAD_TIMEOUT_MS = 10 * 60_000;

export function openCliDatabase(env: NodeJS.ProcessEnv): { db: Database; target: string } {
  const neo4j = loadNeo4jSettings(env);
  const db = openDatabase({ ...neo4j, queryTimeoutMs: Math.max(neo4j.queryTimeoutMs, LOAD_TIMEOUT_MS) });
  return { db, target: `${neo4j.uri} (database ${neo4j.database})` };
}
