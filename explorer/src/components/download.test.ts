// The API exports are fetched with the API key (a plain link cannot send it); a refusal keeps the API's error code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { saveApiKey } from '../api/api-key';
import { downloadWithKey } from './download';
import { memoryStorage } from '../test-support/memory-storage';

describe('downloadWithKey', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('sends the key as the Bearer header and fails with FORBIDDEN when the role is too low', async () => {
    saveApiKey('shk_0123456789ab_secret');
    const fetchImpl = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify({ errors: [{ message: 'needs researcher', extensions: { code: 'FORBIDDEN' } }] }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const failure = await downloadWithKey('/export/graph.gexf', 'siheung-graph.gexf', fetchImpl).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(fetchImpl.mock.calls[0]![0]).toBe('/export/graph.gexf');
    expect(new Headers(fetchImpl.mock.calls[0]![1]?.headers).get('authorization')).toBe(
      'Bearer shk_0123456789ab_secret',
    );
  });

  it('fails as NETWORK_ERROR when the API cannot be reached', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(downloadWithKey('/export/nodes.csv', 'siheung-nodes.csv', fetchImpl)).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
    });
  });
});
