// The server as a whole: health check, GraphiQL, the explorer at /, and errors when Neo4j is away.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@siheung/core/db';
import { createTestApp } from '../../test/test-app.ts';

const dist = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>시흥 바이오</title>');
writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log(1)');

const testApp = createTestApp({ explorerDist: dist });
// Nothing listens on port 1: the same app over a database that is down.
const downDb = openDatabase({ uri: 'bolt://127.0.0.1:1', auth: null, database: 'neo4j', queryTimeoutMs: 2_000 });
const downApp = createTestApp({ db: downDb });

afterAll(async () => {
  await testApp.close();
  await downDb.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('health', () => {
  it('is ready when Neo4j answers', async () => {
    const response = await testApp.app.fetch('http://test/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('is not ready (503) when Neo4j does not answer, within 2 seconds, yet alive', async () => {
    const started = Date.now();
    const response = await downApp.app.fetch('http://test/readyz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', neo4j: 'down' });
    expect(Date.now() - started).toBeLessThan(3_000);
    // Liveness never asks Neo4j: an outage must not get the API restarted.
    const live = await downApp.app.fetch('http://test/healthz');
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
  });
});

describe('errors when the database is down', () => {
  it('answers DATABASE_UNAVAILABLE with HTTP 503 and no driver text', async () => {
    const result = await downApp.graphql(`{ organizations(first: 1) { totalCount } }`);
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|Neo4jError|at .*\.ts|stack/i);
  });
});

describe('GraphiQL and the explorer', () => {
  it('serves GraphiQL with an example query at /graphql', async () => {
    const response = await testApp.app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('SearchOrganizations');
  });

  it('serves the built explorer at / and falls back to it for view URLs', async () => {
    for (const path of ['/', '/view/paths']) {
      const response = await testApp.app.fetch(`http://test${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('시흥 바이오');
    }
    const asset = await testApp.app.fetch('http://test/assets/app-123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await testApp.app.fetch('http://test/missing.js')).status).toBe(404);
    expect((await testApp.app.fetch('http://test/..%2f..%2fpackage.json')).status).toBe(404);
  });
});

describe('masked errors', () => {
  it('reports a bad document as BAD_USER_INPUT without a stack trace', async () => {
    const result = await testApp.graphql(`{ organizations(first: "ten") { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toContain('stack');
  });
});
