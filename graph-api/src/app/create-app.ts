// Builds the server (GraphQL at /graphql, /healthz, /readyz, /export/*, the explorer at /) without starting it.
// Around yoga: CORS, the security headers on every answer, and a guard that no thrown error reaches the client.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createServerAdapter, type ServerAdapterInitialContext } from '@whatwg-node/server';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import { applyPolicy } from '../auth/apply-policy.ts';
import type { AppConfig } from '../config/load-config.ts';
import type { Database } from '@siheung/core/db';
import { maskError } from '../errors/mask-error.ts';
import { AnalyticsAdmission, type AnalyticsAdmissionOptions } from '../limits/analytics-admission.ts';
import { limitPlugins } from '../limits/limit-plugins.ts';
import { QUERY_COMPUTATIONS } from '../resolvers/query-computations.ts';
import { limitsFor, type RunLimits } from '../limits/limits-config.ts';
import { failedAuthenticationLimit, limitedClient } from '../limits/use-rate-limit.ts';
import { ADMIT_ALL, type ColdAdmission } from '../services/analytics/analytics-service.ts';
import { createLoaders } from '../data/create-loaders.ts';
import { resolvers } from '../resolvers/index.ts';
import { loadTypeDefs } from '../schema/load-type-defs.ts';
import { answerSafely } from './answer-safely.ts';
import { corsPolicy, varyByOrigin } from './cors-policy.ts';
import type { AppContext } from './context.ts';
import { createLogger, silentLogger, type Logger } from './create-logger.ts';
import { FailureLog } from './failure-log.ts';
import { GRAPHIQL_ASSETS_PATH, renderGraphiQL, useGraphiQLAssets } from './serve-graphiql.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { useAuthentication } from './use-authentication.ts';
import { useGraphExport } from './use-graph-export.ts';
import { HEALTH_PATHS, useHealthCheck } from './use-health-check.ts';
import { useRequestLog } from './use-request-log.ts';
import { useStaticExplorer } from './use-static-explorer.ts';
import { useTypedDocumentErrors } from './use-typed-document-errors.ts';
import { useUploadGate } from './use-upload-gate.ts';

export const DEFAULT_EXPLORER_DIST = resolve(fileURLToPath(import.meta.url), '../../../../explorer/dist');

const GRAPHIQL_EXAMPLE = `# 시흥 바이오 클러스터 GraphQL API — try: search for 서울대
query SearchOrganizations {
  organizations(search: "서울대", first: 5) {
    totalCount
    edges { node { id name nameEn kind hub { name nameEn } } }
  }
}
`;

export interface CreateAppOptions {
  db: Database;
  config: AppConfig;
  explorerDist?: string;
  /**
   * Values replacing limits-config.ts's for every role: the guards while running and the analytics admission (tests
   * reach the limits quickly with them; the product never passes them).
   */
  guards?: { run?: Partial<RunLimits>; analytics?: Partial<AnalyticsAdmissionOptions> };
  /** Where the log goes (default: stdout, nothing in test mode). */
  logger?: Logger;
  /** The request failures' log, summarising repeats (default: a new one on `logger`); main.ts flushes it at exit. */
  failures?: FailureLog;
}

export type App = ReturnType<typeof createApp>;

/** The executable schema with the authorization policy (auth/policy.ts) applied to its resolvers. */
export function buildSchema() {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  applyPolicy(schema);
  return schema;
}

const GRAPHQL_ENDPOINT = '/graphql';

type ServerContext = Record<string, never> & Partial<ServerAdapterInitialContext>;

/** yoga's GraphiQL answer: the HTML page at the GraphQL endpoint (HTML comes only from routes, after the URL check). */
const isGraphiQLPage = (request: Request, response: Response): boolean =>
  (response.headers.get('content-type') ?? '').startsWith('text/html') &&
  new URL(request.url).pathname === GRAPHQL_ENDPOINT;

/**
 * What yoga itself would log. Not its errors: it logs each error it masks with the whole stack, one per failed
 * request; the request log reports each failure once, with the cause only for unexpected ones.
 */
function yogaLogger(logger: Logger) {
  const ignore = () => undefined;
  return {
    debug: ignore,
    info: (...args: unknown[]) => logger.info(args.map(String).join(' ')),
    warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
    error: ignore,
  };
}

export function createApp({
  db,
  config,
  explorerDist = DEFAULT_EXPLORER_DIST,
  guards = {},
  logger = config.mode === 'test' ? silentLogger : createLogger(),
  failures = new FailureLog(logger),
}: CreateAppOptions) {
  const admission = new AnalyticsAdmission(guards.analytics);
  // Callers the rate limits leave alone (the machine itself outside production) are not held back here either.
  const analyticsAdmission = (request: Request, serverContext: unknown): ColdAdmission => {
    const client = limitedClient(request, serverContext, config);
    return client === null
      ? ADMIT_ALL
      : admission.forCaller(client, limitsFor(requestActor(request).role).coldAnalytics);
  };
  const yoga = createYoga<Record<string, never>, AppContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: (initial) => ({
      db,
      config,
      loaders: createLoaders(db),
      actor: requestActor(initial.request),
      analyticsAdmission: analyticsAdmission(initial.request, initial),
    }),
    graphiql: { title: '시흥 바이오 클러스터 GraphQL API', defaultQuery: GRAPHIQL_EXAMPLE },
    renderGraphiQL,
    cors: corsPolicy(config.http.corsOrigins),
    landingPage: false,
    maskedErrors: { maskError },
    logging: yogaLogger(logger),
    // Batching stays off (yoga's default): one operation per request, so the rate limits count operations.
    plugins: [
      // First, so that it times the whole request and sees every answer, also those the plugins below end early.
      useRequestLog(failures, HEALTH_PATHS),
      useTypedDocumentErrors(),
      // First of the request hooks: the limits and the exports read the caller's role it records. Failed
      // authentications are limited per address inside it, before a key costs a database look-up.
      useAuthentication(db, failedAuthenticationLimit(config)),
      // Next: an upload the caller may not make is refused before its body is read.
      useUploadGate(config),
      ...limitPlugins(config, db, QUERY_COMPUTATIONS, guards.run),
      useHealthCheck(db),
      useGraphExport(db, analyticsAdmission),
      useGraphiQLAssets(),
      useStaticExplorer(explorerDist, [GRAPHQL_ENDPOINT, ...HEALTH_PATHS, '/export', GRAPHIQL_ASSETS_PATH]),
    ],
  });
  const answer = answerSafely(
    (request: Request, serverContext: ServerContext) => yoga.handleRequest(request, serverContext),
    (line) => logger.error(line),
  );
  // No plugins on this adapter: it must not read the URL before answerSafely has checked it.
  return createServerAdapter<ServerContext>(async (request, serverContext) => {
    const response = await answer(request, serverContext);
    varyByOrigin(response, config.http.corsOrigins);
    return addSecurityHeaders(response, isGraphiQLPage(request, response));
  });
}
