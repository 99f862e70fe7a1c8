// Logs each failed request (an answer of 400 or more, or one with GraphQL errors) as one JSON line through the failure
// log, which summarises repeats; gives every request an id, answered as `X-Request-Id` so a user can quote it.
import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requestActor } from '../auth/actor.ts';
import { maskedCause } from '../errors/mask-error.ts';
import type { FailureLog } from './failure-log.ts';

/** An id a proxy in front already gave the request is kept when it is plainly an id (no log injection). */
const FORWARDED_ID = /^[\w.:-]{1,128}$/;

interface RequestRecord {
  id: string;
  startedAt: number;
  operation: string | null;
  errors: unknown[];
}

interface ErrorLike {
  extensions?: { code?: unknown };
  path?: ReadonlyArray<string | number>;
}

/** The error that names the request's failure: an unexpected one first, since its cause must be logged. */
function worstError(errors: unknown[]): ErrorLike | null {
  const internal = errors.find((error) => (error as ErrorLike).extensions?.code === 'INTERNAL_SERVER_ERROR');
  return ((internal ?? errors[0]) as ErrorLike | undefined) ?? null;
}

/** The code of an error answer that did not come from GraphQL execution (authentication, rate limits, exports). */
async function codeInBody(response: Response): Promise<string | null> {
  if (!response.headers.get('content-type')?.includes('json')) return null;
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/** Errors answered by plugins that write their own error responses, which GraphQL's result does not carry. */
const answeredErrors = new WeakMap<Request, unknown[]>();

/**
 * For plugins that answer an error themselves (authentication, exports): the masked error they answered, so that an
 * unexpected one is logged with its cause.
 */
export function noteAnsweredError(request: Request, maskedError: unknown): void {
  answeredErrors.set(request, [...(answeredErrors.get(request) ?? []), maskedError]);
}

export function useRequestLog(failures: FailureLog, unlogged: readonly string[]): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      const forwarded = request.headers.get('x-request-id');
      records.set(request, {
        id: forwarded !== null && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID(),
        startedAt: performance.now(),
        operation: null,
        errors: [],
      });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && typeof params.operationName === 'string') record.operation = params.operationName;
    },
    onValidate({ params, context }) {
      const record = records.get((context as { request: Request }).request);
      if (record && record.operation === null)
        record.operation = getOperationAST(params.documentAST)?.name?.value ?? null;
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || Symbol.asyncIterator in Object(result)) return;
      for (const single of Array.isArray(result) ? result : [result])
        record.errors.push(...((single as { errors?: readonly unknown[] }).errors ?? []));
    },
    async onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      try {
        response.headers.set('x-request-id', record.id);
      } catch {
        // An immutable response (e.g. Response.error()) keeps its headers; the log line still has the id.
      }
      const url = new URL(request.url);
      const errors = [...record.errors, ...(answeredErrors.get(request) ?? [])];
      if (unlogged.includes(url.pathname) || (response.status < 400 && errors.length === 0)) return;
      const worst = worstError(errors);
      const code = worst?.extensions?.code;
      failures.record({
        requestId: record.id,
        operation: record.operation,
        code: typeof code === 'string' ? code : worst ? null : await codeInBody(response),
        role: requestActor(request).role,
        durationMs: Math.round(performance.now() - record.startedAt),
        method: request.method,
        path: url.pathname.slice(0, 200),
        status: response.status,
        field: worst?.path?.join('.') ?? null,
        cause: maskedCause(worst),
      });
    },
  };
}
