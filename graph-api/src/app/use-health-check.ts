// GET /healthz: whether the API runs and Neo4j answers (503 when it does not).
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/index.ts';

export function useHealthCheck(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/healthz') return;
      const neo4j = await db.ping(2_000);
      endResponse(
        new Response(JSON.stringify({ status: neo4j ? 'ok' : 'degraded', neo4j: neo4j ? 'up' : 'down' }), {
          status: neo4j ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
