// The start-up check every entry point (API server, pnpm keys, pnpm data) makes before writing anything: Neo4j answers,
// accepts the credentials, and is 5.26 or later. The schema and the queries use Cypher of 5.26; an older server would
// fail later with a confusing syntax error.
import type { Database } from './database.ts';
import { DbError } from './db-errors.ts';

export const MINIMUM_NEO4J_VERSION = '5.26';

/** Whether a version Neo4j reports ("5.26.30", "5.27-aura", "2025.01.0") is 5.26 or later. */
export function isSupportedNeo4jVersion(version: string): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return false;
  const [wantMajor, wantMinor] = MINIMUM_NEO4J_VERSION.split('.').map(Number) as [number, number];
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

/**
 * The server's version; otherwise a DbError with one line naming `target` (the URI): UNAVAILABLE when Neo4j does not
 * answer, UNAUTHORIZED when it refuses the credentials, UNSUPPORTED_VERSION naming the version found.
 */
export async function checkNeo4jServer(db: Database, target: string): Promise<string> {
  let rows;
  try {
    rows = await db.read('server-version');
  } catch (error) {
    if (!(error instanceof DbError)) throw error;
    if (error.kind === 'UNAVAILABLE') {
      throw new DbError('UNAVAILABLE', `Neo4j does not answer at ${target}`, error.neo4jCode, error.connection);
    }
    if (error.kind === 'UNAUTHORIZED') {
      throw new DbError(
        'UNAUTHORIZED',
        `Neo4j at ${target} refused the credentials (NEO4J_USER / NEO4J_PASSWORD; for the local Neo4j, the password ` +
          'file in its data folder)',
        error.neo4jCode,
      );
    }
    throw error;
  }
  const version = String(rows[0]?.version ?? 'unknown');
  if (!isSupportedNeo4jVersion(version)) {
    throw new DbError(
      'UNSUPPORTED_VERSION',
      `Neo4j ${version} at ${target} is too old: this product needs Neo4j ${MINIMUM_NEO4J_VERSION} or later`,
    );
  }
  return version;
}
