// Checks the GraphQL client's request shape and its mapping of every failure to an ApiError code.
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { requestGraphQL } from './graphql-client';
import { GRAPH_QUERY } from './queries';

function jsonResponse(body: unknown, status = 200, type = 'application/graphql-response+json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

async function failure(fetchImpl: typeof fetch, options: { timeoutMs?: number } = {}): Promise<ApiError> {
  try {
    await requestGraphQL(GRAPH_QUERY, { limit: 5 }, { fetchImpl, ...options });
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('requestGraphQL', () => {
  it('POSTs the document and variables as JSON to /graphql and returns data', async () => {
    const graph = { nodes: [], edges: [], truncated: false };
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ data: { graph } }));
    const data = await requestGraphQL(GRAPH_QUERY, { limit: 5 }, { fetchImpl });

    expect(data.graph).toEqual(graph);
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({
      query: GRAPH_QUERY.query,
      operationName: 'ExplorerGraph',
      variables: { limit: 5 },
    });
  });

  it('maps a GraphQL error to its extensions.code', async () => {
    const error = await failure(async () =>
      jsonResponse(
        { data: null, errors: [{ message: 'limit too large', extensions: { code: 'BAD_USER_INPUT' } }] },
        400,
      ),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, retryable: false });
    expect(error.message).toContain('limit too large');
  });

  it('maps DATABASE_UNAVAILABLE and a bare 503 to a retryable outage', async () => {
    const coded = await failure(async () =>
      jsonResponse({ errors: [{ message: 'down', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }, 503),
    );
    expect(coded).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    const bare = await failure(async () => new Response('Service Unavailable', { status: 503 }));
    expect(bare).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503, retryable: true });
    const uncoded = await failure(async () => jsonResponse({ errors: [{ message: 'x' }] }, 503, 'application/json'));
    expect(uncoded.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('maps a failed fetch and a proxy error to a retryable NETWORK_ERROR', async () => {
    const offline = await failure(async () => {
      throw new TypeError('fetch failed');
    });
    expect(offline).toMatchObject({ code: 'NETWORK_ERROR', retryable: true });
    const proxy = await failure(async () => new Response('', { status: 502 }));
    expect(proxy).toMatchObject({ code: 'NETWORK_ERROR', status: 502 });
  });

  it('maps an unknown server code to UNKNOWN and a response without data to BAD_RESPONSE', async () => {
    const unknown = await failure(async () =>
      jsonResponse({ errors: [{ message: 'x', extensions: { code: 'WHAT' } }] }),
    );
    expect(unknown.code).toBe('UNKNOWN');
    const empty = await failure(async () => jsonResponse({ data: null }));
    expect(empty.code).toBe('BAD_RESPONSE');
    const html = await failure(
      async () => new Response('<html>', { status: 404, headers: { 'content-type': 'text/html' } }),
    );
    expect(html).toMatchObject({ code: 'HTTP_ERROR', status: 404 });
  });

  it('gives up on a server that does not answer with a retryable TIMEOUT', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const error = await failure(hang, { timeoutMs: 10 });
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });
  });
});
