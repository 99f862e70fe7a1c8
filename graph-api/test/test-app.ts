// An in-process app over the integration tests' Neo4j, queried through yoga.fetch (no port).
import { createApp, type App } from '../src/app/create-app.ts';
import { loadConfig } from '../src/config/load-config.ts';
import type { Database } from '../src/db/index.ts';
import { openTestDatabase } from './test-database.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  app: App;
  db: Database;
  queryCount(): number;
  resetQueryCount(): void;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function createTestApp(options: { explorerDist?: string; db?: Database } = {}): TestApp {
  let count = 0;
  const db = options.db ?? openTestDatabase(() => (count += 1));
  const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'test' });
  const app = createApp({ db, config, ...(options.explorerDist ? { explorerDist: options.explorerDist } : {}) });
  return {
    app,
    db,
    queryCount: () => count,
    resetQueryCount: () => (count = 0),
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      return { ...body, status: response.status };
    },
    close: () => db.close(),
  };
}
