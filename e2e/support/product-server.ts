// The whole product (API + built explorer) on a free loopback port, over the tests' Neo4j (or another one given).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createApp, DEFAULT_EXPLORER_DIST } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import { openDatabase } from '@siheung/core/db';
import { neo4jConnectionEnv, type LocalNeo4jAuth } from '@siheung/core/local-neo4j';
import { testNeo4jEnv } from '@siheung/core/test-support';

export interface ProductServer {
  url: string;
  close(): Promise<void>;
}

export interface ProductServerOptions {
  /** Another Neo4j than the tests' own (e.g. one the file starts and stops). */
  neo4j?: { uri: string; auth: LocalNeo4jAuth | null };
}

export async function startProductServer(options: ProductServerOptions = {}): Promise<ProductServer> {
  if (!existsSync(join(DEFAULT_EXPLORER_DIST, 'index.html'))) {
    throw new Error('e2e: the explorer is not built; run `pnpm build` first (pnpm test does)');
  }
  const neo4jEnv = options.neo4j ? neo4jConnectionEnv(options.neo4j.uri, options.neo4j.auth) : testNeo4jEnv();
  const config = loadConfig({ ...neo4jEnv, NODE_ENV: 'test' });
  const db = openDatabase(config.neo4j);
  const server = createServer(createApp({ db, config }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
