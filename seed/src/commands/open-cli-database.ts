// Opens the database named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (validated as the API
// validates them: @siheung/core/config), or the local Neo4j of `pnpm start` with its password when NEO4J_URI is unset,
// with a timeout long enough for a whole dataset in one transaction. Refuses a server older than Neo4j 5.26 before
// anything is written (the check every entry point shares: checkNeo4jServer).
import { loadNeo4jSettings } from '@siheung/core/config';
import { checkNeo4jServer, openDatabase, type Database } from '@siheung/core/db';
import { withLocalNeo4j } from '@siheung/core/local-neo4j';

const LOAD_TIMEOUT_MS = 10 * 60_000;

export async function openCliDatabase(env: NodeJS.ProcessEnv): Promise<{ db: Database; target: string }> {
  const neo4j = loadNeo4jSettings(withLocalNeo4j(env));
  const db = openDatabase({ ...neo4j, queryTimeoutMs: Math.max(neo4j.queryTimeoutMs, LOAD_TIMEOUT_MS) });
  try {
    await checkNeo4jServer(db, neo4j.uri);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, target: `${neo4j.uri} (database ${neo4j.database})` };
}
