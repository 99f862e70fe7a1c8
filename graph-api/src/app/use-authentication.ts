// Who is calling: reads `Authorization: Bearer shk_…` before anything else runs (parse, validate, rate limits,
// exports) and records the key's actor for the request. No header: the public actor. A malformed, unknown or revoked
// key: 401 UNAUTHENTICATED. Keys are looked up on every request (one indexed read, no cache), so a revocation made by
// any process holds from the next request. Failed authentications are limited per client address before the look-up
// (limits/use-rate-limit.ts, `failedAuthenticationLimit`): past the allowance, 429 RATE_LIMITED without asking Neo4j.
import type { Plugin } from 'graphql-yoga';
import { setRequestActor } from '../auth/actor.ts';
import { verifyApiKey } from '../auth/api-key-store.ts';
import type { Database } from '@siheung/core/db';
import { unauthenticated, type AppError } from '../errors/app-errors.ts';
import { errorResponse } from '../errors/error-response.ts';
import { maskError } from '../errors/mask-error.ts';
import type { FailedAuthenticationCheck } from '../limits/use-rate-limit.ts';
import { noteAnsweredError } from './use-request-log.ts';

const MESSAGES = {
  malformed: 'The API key is malformed: send `Authorization: Bearer shk_…` with the whole key',
  unknown: 'The API key is not valid',
  revoked: 'The API key has been revoked',
} as const;

export function useAuthentication(db: Database, failures: FailedAuthenticationCheck): Plugin {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const header = request.headers.get('authorization');
      if (header === null || header.trim() === '') return;
      const allowance = failures(request, serverContext);
      if (allowance.refused !== null) {
        endResponse(allowance.refused);
        return;
      }
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      try {
        const check =
          token === undefined ? ({ ok: false, reason: 'malformed' } as const) : await verifyApiKey(db, token);
        if (check.ok) setRequestActor(request, check.actor);
        else {
          allowance.failed();
          endResponse(errorResponse(unauthenticated(MESSAGES[check.reason]), 401, { 'www-authenticate': 'Bearer' }));
        }
      } catch (error) {
        // The database is down or slow: the key cannot be checked, so the request cannot go on as anyone.
        const masked = maskError(error) as AppError;
        noteAnsweredError(request, masked);
        endResponse(errorResponse(masked, masked.extensions.code === 'DATABASE_UNAVAILABLE' ? 503 : 500));
      }
    },
  };
}
