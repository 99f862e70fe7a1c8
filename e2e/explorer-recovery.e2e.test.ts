// Neo4j stops: the page says so in a banner; Neo4j starts again: the page recovers by itself. Runs on a Neo4j of
// its own (own port and data folder), never the shared test database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type RunningNeo4j } from '../neo4j/local-neo4j.ts';
import { launchBrowser } from './support/browser.ts';
import { startProductServer, type ProductServer } from './support/product-server.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { migrateAndLoadSample } from '@siheung/seed/test-support';

/** The explorer's own Neo4j port (7715–7717 are this suite's; the shared test Neo4j is never stopped). */
const PORT = Number(process.env.NEO4J_E2E_RECOVERY_PORT ?? 7715);

let dataDir: string;
let neo4j: RunningNeo4j | undefined;
let server: ProductServer;
let browser: Browser;
let page: Page;

const start = () => startLocalNeo4j({ port: PORT, dataDir, log: () => undefined, quickJit: true });
const nodeCount = (target: Page) => target.evaluate(() => (window as unknown as { cy?: Core }).cy?.nodes().length ?? 0);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'siheung-e2e-recovery-'));
  neo4j = await start();
  await migrateAndLoadSample(neo4j.uri, neo4j.auth);
  server = await startProductServer({ neo4j });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('when Neo4j stops and starts again', () => {
  it('shows the outage banner, then recovers without a reload', async () => {
    await page.goto(`${server.url}/?org=ORG-SNU-SIHEUNG`);
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 10, null, {
      timeout: 30_000,
    });
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    await neo4j!.stop();
    // The next thing the user asks for fails: a search and the whole-network view.
    await page.getByRole('button', { name: '전체 네트워크 보기' }).click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.getAttribute('data-error-code')).toBe('DATABASE_UNAVAILABLE');
    expect(await banner.textContent()).toContain('데이터베이스에 연결할 수 없습니다');
    expect(await banner.textContent()).toContain('The database is unavailable');
    // The last drawing stays while the page waits.
    expect(await nodeCount(page)).toBeGreaterThan(10);
    await saveScreenshot(page, 'explorer-outage-ko');

    neo4j = await start();
    await banner.waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) >= 100, null, {
      timeout: 30_000,
    });
    expect(new URL(page.url()).searchParams.get('org')).toBeNull();
  }, 180_000);
});
