// The whole product (API + built explorer) on a free loopback port, over the tests' Neo4j (or another one given).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createApp, DEFAULT_EXPLORER_DIST } from '@siheung/graph-api';
import { loadConfig } from '@siheung/graph-api/config';
import { openDatabase } from '@siheung/core/db';
import { testNeo4jUri } from '@siheung/core/test-support';

export interface ProductServer {
  url: string;
  close(): Promise<void>;
}

export async function startProductServer(options: { neo4jUri?: string } = {}): Promise<ProductServer> {
  if (!existsSync(join(DEFAULT_EXPLORER_DIST, 'index.html'))) {
    throw new Error('e2e: the explorer is not built; run `pnpm build` first (pnpm test does)');
  }
  const config = loadConfig({ NEO4J_URI: options.neo4jUri ?? testNeo4jUri(), NODE_ENV: 'test' });
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
