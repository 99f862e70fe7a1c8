// GET /healthz (liveness: the process answers; never touches Neo4j, so an outage does not get the API restarted)
// and GET /readyz (readiness: the db circuit is not open and Neo4j answered within the last second, or answers a ping
// within 2 s now; 503 otherwise, so a load balancer sends traffic elsewhere). Readiness never trips the circuit.
import type { Plugin } from 'graphql-yoga';
import type { Database } from '@siheung/core/db';

const HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export const HEALTH_PATHS = ['/healthz', '/readyz'];

export function useHealthCheck(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === '/healthz') {
        endResponse(new Response(JSON.stringify({ status: 'ok' }), { status: 200, headers: HEADERS }));
        return;
      }
      if (url.pathname !== '/readyz') return;
      const neo4j = await db.ready();
      endResponse(
        new Response(JSON.stringify({ status: neo4j ? 'ok' : 'degraded', neo4j: neo4j ? 'up' : 'down' }), {
          status: neo4j ? 200 : 503,
          headers: HEADERS,
        }),
      );
    },
  };
}
