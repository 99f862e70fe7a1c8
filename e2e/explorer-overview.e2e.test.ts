// The explorer as a user opens it: the sample network drawn with Korean labels, English one click away.
import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { cyState } from './support/cy-state.ts';
import { startProductServer, type ProductServer } from './support/product-server.ts';
import { saveScreenshot } from './support/screenshots.ts';

let server: ProductServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startProductServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
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
    expect(state.nodes.length).toBeGreaterThanOrEqual(100);
    expect(state.edges.length).toBeGreaterThanOrEqual(400);
    expect(Object.values(state.labels)).toEqual(expect.arrayContaining(['서울대학교 시흥캠퍼스', '시흥산업진흥원']));
    const kinds = await page.evaluate(() => new Set((window as unknown as { cy: Core }).cy.nodes().map((node) => node.data('kind'))).size);
    expect(kinds).toBe(6);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await saveScreenshot(page, 'explorer-overview-ko');
  });

  it('switches every label to English with one click, without moving the nodes', async () => {
    const before = await cyState(page);
    await page.getByRole('button', { name: /English/ }).click();
    await page.waitForFunction(() =>
      (window as unknown as { cy?: Core }).cy?.nodes().some((node) => node.data('label') === 'Seoul National University Siheung Campus'),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Explore');
    expect(await page.getByRole('combobox', { name: 'Search organisations' }).count()).toBe(1);
    const after = await cyState(page);
    expect(after.positions['ORG-SNU-SIHEUNG']).toEqual(before.positions['ORG-SNU-SIHEUNG']);
    await saveScreenshot(page, 'explorer-overview-en');
  });
});

describe('export', () => {
  it('downloads the drawn organisations and links as CSV, and the canvas as PNG', async () => {
    await page.getByTestId('export-menu').locator('summary').click();
    const [nodesCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV: organisations' }).click()]);
    const nodesText = (await readFile((await nodesCsv.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const rows = nodesText.trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,name,nameEn,kind,hub,sector,degree,synthetic');
    const state = await cyState(page);
    expect(rows).toHaveLength(state.visibleNodes.length + 1);
    expect(nodesText).toContain('ORG-SNU-SIHEUNG,서울대학교 시흥캠퍼스,Seoul National University Siheung Campus,UNIVERSITY');

    const [edgesCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV: links' }).click()]);
    const edgeRows = (await readFile((await edgesCsv.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(edgeRows).toHaveLength(state.visibleEdges.length + 1);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG image' }).click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.suggestedFilename()).toBe('siheung-network.png');

    // The GEXF link is the API's export of the same scope: Gephi reads what it serves.
    const gexf = page.getByRole('link', { name: 'GEXF (Gephi)' });
    expect(await gexf.getAttribute('href')).toBe('/export/graph.gexf');
    const response = await fetch(`${server.url}/export/graph.gexf`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<gexf');
  });
});
