// The test Neo4j of this vitest worker: files that run at the same time never share a database.
import { inject } from 'vitest';
import './provided-context.ts';

export function testNeo4jUri(): string {
  const uris = inject('neo4jUris');
  const poolId = Number(process.env.VITEST_POOL_ID ?? 1);
  return uris[(poolId - 1) % uris.length]!;
}
