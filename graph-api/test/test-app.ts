// An in-process app over the integration tests' Neo4j, queried through yoga.fetch (no port). With `role`, it acts as
// that role: it makes an API key (named T-…) on first use, sends it with every request, and deletes it with the
// audit entries it made on close.
import { randomUUID } from 'node:crypto';
import { createApp, type App, type CreateAppOptions } from '../src/app/create-app.ts';
import type { Role } from '../src/auth/actor.ts';
import { createApiKey } from '../src/auth/api-key-store.ts';
import { loadConfig } from '../src/config/load-config.ts';
import type { Database } from '@siheung/core/db';
import { openTestDatabase } from '@siheung/core/test-support';

const KEY_QUERIES = new Set(['api-key-create', 'api-key-by-id']);

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
  /** Any request (e.g. GET /export/nodes.csv) with this app's key, when it has a role. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The key this app sends (null for the public role); made on first use. */
  token(): Promise<string | null>;
  /** The name of its key: the actor recorded in the audit log (null for the public role). */
  readonly actorName: string | null;
  close(): Promise<void>;
}

export interface TestAppOptions {
  explorerDist?: string;
  db?: Database;
  /** Act as this role (default: public, no key). */
  role?: Role;
  /** Environment settings of the app beyond the test database (e.g. MATCHING_WEIGHTS). */
  env?: Record<string, string>;
  /** Where the app logs (default: nowhere) and its failure log, for tests that read the log. */
  logger?: CreateAppOptions['logger'];
  failures?: CreateAppOptions['failures'];
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  let count = 0;
  // The key's own statements (made once, looked up per request) are not the operation's: they are not counted.
  const db = options.db ?? openTestDatabase((name) => (KEY_QUERIES.has(name) ? undefined : (count += 1)));
  const config = loadConfig({ ...options.env, NEO4J_URI: 'bolt://127.0.0.1:7688', NODE_ENV: 'test' });
  const app = createApp({
    db,
    config,
    ...(options.explorerDist ? { explorerDist: options.explorerDist } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.failures ? { failures: options.failures } : {}),
  });
  const role = options.role ?? 'public';
  const actorName = role === 'public' ? null : `T-TESTAPP-${role}-${randomUUID().slice(0, 8)}`;
  let key: Promise<{ id: string; token: string }> | null = null;
  const token = async (): Promise<string | null> => {
    if (actorName === null) return null;
    key ??= createApiKey(db, role, actorName).then(({ key: made, token: secret }) => ({ id: made.id, token: secret }));
    return (await key).token;
  };
  const fetchAs = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const secret = await token();
    if (secret !== null && !headers.has('authorization')) headers.set('authorization', `Bearer ${secret}`);
    return app.fetch(`http://test${path}`, { ...init, headers });
  };
  return {
    app,
    db,
    actorName,
    token,
    fetch: fetchAs,
    queryCount: () => count,
    resetQueryCount: () => (count = 0),
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetchAs('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      return { ...body, status: response.status };
    },
    async close() {
      if (key !== null) await db.write('test-delete-api-key', { id: (await key).id }).catch(() => undefined);
      await db.close();
    },
  };
}
