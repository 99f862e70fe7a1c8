// GET /export/graph.gexf, /export/graph.graphml, /export/nodes.csv, /export/edges.csv: the scoped network as of a
// date (query parameters hubs, orgKinds, sectors, linkKinds, asOf), from the analytics service's cached graph.
// Errors answer as GraphQL errors do: JSON with extensions.code (400 BAD_USER_INPUT, 404 NOT_FOUND, 503 …).
import type { Plugin } from 'graphql-yoga';
import { analyticsRequest } from '../services/analytics/analytics-request.ts';
import { analyticsFor, type ColdAdmission } from '../services/analytics/analytics-service.ts';
import { requestActor } from '../auth/actor.ts';
import { assertAllowed } from '../auth/authorize.ts';
import type { Database } from '@siheung/core/db';
import { AppError, type ErrorCode } from '../errors/app-errors.ts';
import { errorResponse } from '../errors/error-response.ts';
import { maskError } from '../errors/mask-error.ts';
import { EXPORT_FORMATS } from '../services/analytics/export/export-formats.ts';
import { exportArguments } from '../validation/export-parameters.ts';
import { noteAnsweredError } from './use-request-log.ts';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 503,
  SERVICE_BUSY: 503,
  RATE_LIMITED: 429,
};

function exportErrorResponse(error: unknown, request?: Request): Response {
  const masked = maskError(error) as AppError;
  if (request) noteAnsweredError(request, masked);
  const { code, retryAfter, argument, ...rest } = masked.extensions as Record<string, unknown>;
  // The scope's checks name GraphQL arguments (scope.hubs); here they are the query parameters (hubs).
  const parameter = typeof argument === 'string' ? { argument: argument.replace(/^scope\./, '') } : {};
  const answer = new AppError(code as ErrorCode, masked.message.replace(/^scope\./, ''), {
    ...rest,
    ...(retryAfter === undefined ? {} : { retryAfter }),
    ...parameter,
  });
  const headers: Record<string, string> = typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {};
  return errorResponse(answer, STATUS[String(code)] ?? 500, headers);
}

export function useGraphExport(
  db: Database,
  admission: (request: Request, serverContext: unknown) => ColdAdmission,
): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const name = url.pathname.slice('/export/'.length);
      const format = EXPORT_FORMATS[name];
      if (!format) {
        endResponse(
          exportErrorResponse(
            new AppError(
              'NOT_FOUND',
              `no export "${name.slice(0, 60)}"; try ${Object.keys(EXPORT_FORMATS).join(', ')}`,
            ),
          ),
        );
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      try {
        // Exports are for researchers and above (auth/policy.ts ROUTE_POLICY).
        assertAllowed(requestActor(request), '/export/*');
        const body = await analyticsFor(db).compute(
          await analyticsRequest(
            { db, analyticsAdmission: admission(request, serverContext) },
            exportArguments(url),
            'DETAILS',
          ),
          'export',
          { file: name },
        );
        endResponse(
          new Response(request.method === 'HEAD' ? null : body, {
            headers: {
              'content-type': format.contentType,
              'content-disposition': `attachment; filename="siheung-${name}"`,
              'cache-control': 'no-store',
            },
          }),
        );
      } catch (error) {
        endResponse(exportErrorResponse(error, request));
      }
    },
  };
}
