// The API key: kept per tab, sent as the Bearer header on every request and upload, cleared with one call.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_KEY_STORAGE_KEY, apiKeyVersion, clearApiKey, readApiKey, saveApiKey, subscribeApiKey } from './api-key';
import { requestGraphQL, uploadGraphQL } from './graphql-client';
import { IMPORT_DATA_MUTATION } from './import-queries';
import { HUBS_QUERY } from './queries';
import { memoryStorage } from '../test-support/memory-storage';

function recordingFetch() {
  return vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ data: { hubs: [], importData: {} } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  );
}

describe('API key', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('is sent as the Bearer header once saved, and no longer after it is cleared', async () => {
    const fetchImpl = recordingFetch();
    const listener = vi.fn();
    const unsubscribe = subscribeApiKey(listener);
    expect(saveApiKey('  sk_staff_0123456789  ')).toBe(true);
    expect(sessionStorage.getItem(API_KEY_STORAGE_KEY)).toBe('sk_staff_0123456789');
    await requestGraphQL(HUBS_QUERY, {}, { fetchImpl });
    expect(new Headers(fetchImpl.mock.calls[0]![1]?.headers).get('authorization')).toBe('Bearer sk_staff_0123456789');

    clearApiKey();
    expect(readApiKey()).toBeNull();
    await requestGraphQL(HUBS_QUERY, {}, { fetchImpl });
    expect(new Headers(fetchImpl.mock.calls[1]![1]?.headers).has('authorization')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('refuses text that cannot be a key, and keeps the one in use', () => {
    saveApiKey('sk_good_key_1');
    expect(saveApiKey('has a space')).toBe(false);
    expect(saveApiKey('short')).toBe(false);
    expect(readApiKey()).toBe('sk_good_key_1');
  });

  it('goes with an upload, which follows the GraphQL multipart request spec', async () => {
    saveApiKey('sk_staff_0123456789');
    const fetchImpl = recordingFetch();
    const file = new File(['id,name\n'], '기관.csv', { type: 'text/csv' });
    await uploadGraphQL(
      IMPORT_DATA_MUTATION,
      { files: [null as unknown as File], dryRun: true },
      [{ path: 'files.0', file, name: file.name }],
      { fetchImpl },
    );
    const init = fetchImpl.mock.calls[0]![1]!;
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer sk_staff_0123456789');
    // The browser writes the multipart boundary into the content-type itself.
    expect(new Headers(init.headers).has('content-type')).toBe(false);
    const form = init.body as FormData;
    expect(JSON.parse(String(form.get('operations')))).toMatchObject({
      operationName: 'ExplorerImportData',
      variables: { files: [null], dryRun: true },
    });
    expect(JSON.parse(String(form.get('map')))).toEqual({ 0: ['variables.files.0'] });
    const sent = form.get('0') as File;
    expect([sent.name, await sent.text()]).toEqual(['기관.csv', 'id,name\n']);
  });

  it('changes its version on every save and clear, so what depends on the caller (the viewer) reloads', () => {
    const start = apiKeyVersion();
    saveApiKey('shk_0123456789ab_one');
    const saved = apiKeyVersion();
    saveApiKey('shk_0123456789ab_two');
    clearApiKey();
    expect(saved).toBeGreaterThan(start);
    expect(apiKeyVersion()).toBe(saved + 2);
    expect(saveApiKey('no')).toBe(false);
    expect(apiKeyVersion()).toBe(saved + 2);
  });
});
