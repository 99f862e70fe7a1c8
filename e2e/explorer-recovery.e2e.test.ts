// Neo4j goes away: the page says so in a banner; Neo4j comes back: the page recovers by itself. The product reaches
// the leased test Neo4j through a relay the test cuts and restores (refused connections, as from a stopped Neo4j),
// so the file needs no Neo4j of its own; a real kill and restart is the fault test's (graph-api/test/neo4j-fault).
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startProductServer, type ProductServer } from './support/product-server.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { testNeo4jAuth, testNeo4jUri } from '@siheung/core/test-support';
import { startBoltProxy, type BoltProxy } from '@siheung/core/test-support/bolt-proxy';

let relay: BoltProxy;
let server: ProductServer;
let browser: Browser;
let page: Page;

const nodeCount = (target: Page) => target.evaluate(() => (window as unknown as { cy?: Core }).cy?.nodes().length ?? 0);

beforeAll(async () => {
  relay = await startBoltProxy(testNeo4jUri());
  server = await startProductServer({ neo4j: { uri: relay.uri, auth: testNeo4jAuth() } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await relay?.close();
}, 60_000);

describe('when Neo4j goes away and comes back', () => {
  it('shows the outage banner, then recovers without a reload', async () => {
    await page.goto(`${server.url}/?org=ORG-SNU-SIHEUNG`);
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) > 10, null, {
      timeout: 30_000,
    });
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    await relay.goAway();
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

    await relay.comeBack();
    await banner.waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) >= 100, null, {
      timeout: 30_000,
    });
    expect(new URL(page.url()).searchParams.get('org')).toBeNull();
  }, 180_000);
});
