// A small typed GraphQL-over-HTTP client: POSTs JSON (or a multipart upload) to the same-origin /graphql with the
// user's API key, and turns every failure into an ApiError.
import { ApiError, normalizeErrorCode } from './api-error';
import { authorizationHeaders } from './api-key';

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
  const body = JSON.stringify({ query: document.query, operationName: document.operationName, variables });
  return postGraphQL<TData>(body, { 'content-type': 'application/json' }, options);
}

/** A file sent with the GraphQL multipart request spec, into the variable at `path` (e.g. `files.0`). */
export interface UploadFile {
  path: string;
  file: Blob;
  name: string;
}

/**
 * Sends files with the GraphQL multipart request spec (what graphql-yoga reads): the operation with null in
 * each file's place, a map from form fields to variable paths, then the files. The browser sets the boundary.
 */
export async function uploadGraphQL<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  files: readonly UploadFile[],
  options: RequestOptions = {},
): Promise<TData> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: document.query, operationName: document.operationName, variables }),
  );
  form.append(
    'map',
    JSON.stringify(Object.fromEntries(files.map((upload, index) => [String(index), [`variables.${upload.path}`]]))),
  );
  files.forEach((upload, index) => form.append(String(index), upload.file, upload.name));
  // The API's CSRF guard (yoga's) asks a multipart request for a header that a cross-site form cannot send.
  return postGraphQL<TData>(form, { 'x-graphql-yoga-csrf': '1' }, { timeoutMs: UPLOAD_TIMEOUT_MS, ...options });
}

/** An upload's import runs validation and one transaction over up to 100,000 rows: give it longer. */
export const UPLOAD_TIMEOUT_MS = 300_000;

async function postGraphQL<TData>(
  body: BodyInit,
  headers: Record<string, string>,
  options: RequestOptions,
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
        ...headers,
        ...authorizationHeaders(),
        accept: 'application/graphql-response+json, application/json',
      },
      body,
      signal: controller.signal,
    });
  } catch (cause) {
    throw fetchFailure(cause, timedOut, options.signal?.aborted === true);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }

  const parsed = await readJson<GraphQLResponseJson<TData>>(response);
  return dataOrThrow(parsed, response.status);
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
