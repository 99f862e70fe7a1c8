// A small typed GraphQL-over-HTTP client: POSTs JSON to the same-origin /graphql and turns every failure into an ApiError.
import { ApiError, normalizeErrorCode } from './api-error';

/** A GraphQL document that carries its result and variable types (phantom fields, never set). */
export interface TypedDocument<TData, TVariables> {
  readonly query: string;
  readonly operationName: string;
  readonly __data?: TData;
  readonly __variables?: TVariables;
}

export function typedDocument<TData, TVariables = Record<string, never>>(
  operationName: string,
  query: string,
): TypedDocument<TData, TVariables> {
  return { operationName, query };
}

export interface RequestOptions {
  /** Defaults to the same-origin `/graphql`, which is how the product serves both page and API. */
  endpoint?: string;
  signal?: AbortSignal;
  /** A hung server must not freeze the page: past this the request fails as TIMEOUT (and is retried). */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_ENDPOINT = '/graphql';
export const DEFAULT_TIMEOUT_MS = 30_000;

interface GraphQLErrorJson {
  message?: unknown;
  extensions?: { code?: unknown };
}

interface GraphQLResponseJson<TData> {
  data?: TData | null;
  errors?: GraphQLErrorJson[];
}

export async function requestGraphQL<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const { endpoint = DEFAULT_ENDPOINT, timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl = fetch } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.query, operationName: document.operationName, variables }),
      signal: controller.signal,
    });
  } catch (cause) {
    throw fetchFailure(cause, timedOut, options.signal?.aborted === true);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }

  const body = await readJson<GraphQLResponseJson<TData>>(response);
  return dataOrThrow(body, response.status);
}

function fetchFailure(cause: unknown, timedOut: boolean, callerAborted: boolean): ApiError {
  if (timedOut) return new ApiError('TIMEOUT', 'the API did not answer in time', { cause });
  if (callerAborted) return new ApiError('ABORTED', 'the request was cancelled', { cause });
  return new ApiError('NETWORK_ERROR', 'the API could not be reached', { cause });
}

async function readJson<T>(response: Response): Promise<T | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}

/** Exported for tests: decides success or the ApiError from a parsed body and the HTTP status. */
export function dataOrThrow<TData>(body: GraphQLResponseJson<TData> | undefined, status: number): TData {
  const first = body?.errors?.[0];
  if (first !== undefined) {
    const code = normalizeErrorCode(first.extensions?.code);
    // A 503 whose error names no known code is still "the database is down" by the API's contract.
    const effective = code === 'UNKNOWN' && status === 503 ? 'DATABASE_UNAVAILABLE' : code;
    const message = typeof first.message === 'string' ? first.message : 'the API answered with an error';
    throw new ApiError(effective, message, { status });
  }
  if (body?.data != null && status >= 200 && status < 300) return body.data;
  if (status === 503) throw new ApiError('DATABASE_UNAVAILABLE', 'the database is unavailable (HTTP 503)', { status });
  if (status === 429) throw new ApiError('RATE_LIMITED', 'too many requests (HTTP 429)', { status });
  if (status >= 500) {
    // A 5xx without a GraphQL body comes from a proxy in front of the API (the dev server's, a load
    // balancer's): the API is not up yet, so the UI retries it like a network failure.
    throw new ApiError('NETWORK_ERROR', `the API is not reachable (HTTP ${status})`, { status });
  }
  if (status < 200 || status >= 300) throw new ApiError('HTTP_ERROR', `unexpected HTTP ${status}`, { status });
  throw new ApiError('BAD_RESPONSE', 'the API answered without data', { status });
}
