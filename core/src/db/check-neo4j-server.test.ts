import { describe, expect, it } from 'vitest';
import { checkNeo4jServer, isSupportedNeo4jVersion } from './check-neo4j-server.ts';
import type { Database } from './database.ts';
import { DbError } from './db-errors.ts';

describe('isSupportedNeo4jVersion', () => {
  it.each(['5.26.0', '5.26.30', '5.27.0', '5.27-aura', '5.100.1', '2025.01.0', '2026.10.3', ' 5.26.1 '])(
    'accepts %s',
    (version) => expect(isSupportedNeo4jVersion(version)).toBe(true),
  );

  it.each(['5.25.1', '5.13.0', '5.2.0', '4.4.30', '3.5.35', 'unknown', '', 'five.26'])('refuses %s', (version) =>
    expect(isSupportedNeo4jVersion(version)).toBe(false),
  );
});

describe('checkNeo4jServer', () => {
  it('refuses an older server in one line naming the version found', async () => {
    const oldServer = { read: async () => [{ version: '5.13.0', edition: 'community' }] } as unknown as Database;
    await expect(checkNeo4jServer(oldServer, 'bolt://db:7687')).rejects.toThrow(
      new DbError(
        'UNSUPPORTED_VERSION',
        'Neo4j 5.13.0 at bolt://db:7687 is too old: this product needs Neo4j 5.26 or later',
      ),
    );
  });
});
