// The explorer as a user opens it: the sample network drawn with Korean labels, English one click away.
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startProductServer, type ProductServer } from './support/product-server.ts';

const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'docs', 'screenshots');

let server: ProductServer;
let browser: Browser;
let page: Page;

interface CyState {
  nodes: number;
  edges: number;
  labels: string[];
  kinds: string[];
}

async function cyState(target: Page): Promise<CyState> {
  return target.evaluate(() => {
    const cy = (window as unknown as { cy?: Core }).cy;
    if (!cy) return { nodes: 0, edges: 0, labels: [], kinds: [] };
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      labels: cy.nodes().map((node) => String(node.data('label'))),
      kinds: [...new Set(cy.nodes().map((node) => String(node.data('kind'))))],
    };
  });
}

beforeAll(async () => {
  server = await startProductServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('explorer overview', () => {
  it('draws the sample network with Korean labels by default', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) >= 100, null, { timeout: 30_000 });
    const state = await cyState(page);
    expect(state.nodes).toBeGreaterThanOrEqual(100);
    expect(state.edges).toBeGreaterThanOrEqual(400);
    expect(state.kinds).toHaveLength(6);
    expect(state.labels).toEqual(expect.arrayContaining(['서울대학교 시흥캠퍼스', '시흥산업진흥원']));
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'explorer-overview-ko.png') });
  });

  it('switches labels to English with one click', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.waitForFunction(() =>
      (window as unknown as { cy?: Core }).cy?.nodes().some((node) => node.data('label') === 'Seoul National University Siheung Campus'),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'explorer-overview-en.png') });
  });
});
