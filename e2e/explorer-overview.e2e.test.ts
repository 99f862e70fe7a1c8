// The explorer as a user opens it: the sample network drawn with Korean labels, English one click away.
import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cyState } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const product = useProductPage({ acceptDownloads: true });

describe('explorer overview', () => {
  it('draws the sample network with Korean labels by default', async () => {
    await product.page.goto(product.server.url);
    await product.page.waitForFunction(
      () => ((window as unknown as { cy?: Core }).cy?.nodes().length ?? 0) >= 100,
      null,
      { timeout: 30_000 },
    );
    const state = await cyState(product.page);
    expect(state.nodes.length).toBeGreaterThanOrEqual(100);
    expect(state.edges.length).toBeGreaterThanOrEqual(400);
    expect(Object.values(state.labels)).toEqual(expect.arrayContaining(['서울대학교 시흥캠퍼스', '시흥산업진흥원']));
    const kinds = await product.page.evaluate(
      () => new Set((window as unknown as { cy: Core }).cy.nodes().map((node) => node.data('kind'))).size,
    );
    expect(kinds).toBe(6);
    expect(await product.page.locator('html').getAttribute('lang')).toBe('ko');
    await saveScreenshot(product.page, 'explorer-overview-ko');
  });

  it('switches every label to English with one click, without moving the nodes', async () => {
    const before = await cyState(product.page);
    await product.page.getByRole('button', { name: /English/ }).click();
    await product.page.waitForFunction(() =>
      (window as unknown as { cy?: Core }).cy
        ?.nodes()
        .some((node) => node.data('label') === 'Seoul National University Siheung Campus'),
    );
    expect(await product.page.locator('html').getAttribute('lang')).toBe('en');
    expect(product.page.url()).toContain('lang=en');
    await expect.poll(() => product.page.getByRole('tab', { selected: true }).textContent()).toBe('Explore');
    expect(await product.page.getByRole('combobox', { name: 'Search organisations' }).count()).toBe(1);
    const after = await cyState(product.page);
    expect(after.positions['ORG-SNU-SIHEUNG']).toEqual(before.positions['ORG-SNU-SIHEUNG']);
    await saveScreenshot(product.page, 'explorer-overview-en');
  });
});

describe('export', () => {
  it('downloads the drawn organisations and links as CSV, and the canvas as PNG', async () => {
    await product.page.getByTestId('export-menu').locator('summary').click();
    const [nodesCsv] = await Promise.all([
      product.page.waitForEvent('download'),
      product.page.getByRole('button', { name: 'CSV: organisations' }).click(),
    ]);
    const nodesText = (await readFile((await nodesCsv.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const rows = nodesText.trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,name,nameEn,kind,hub,sector,degree,synthetic');
    const state = await cyState(product.page);
    expect(rows).toHaveLength(state.visibleNodes.length + 1);
    expect(nodesText).toContain(
      'ORG-SNU-SIHEUNG,서울대학교 시흥캠퍼스,Seoul National University Siheung Campus,UNIVERSITY',
    );

    const [edgesCsv] = await Promise.all([
      product.page.waitForEvent('download'),
      product.page.getByRole('button', { name: 'CSV: links' }).click(),
    ]);
    const edgeRows = (await readFile((await edgesCsv.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(edgeRows).toHaveLength(state.visibleEdges.length + 1);

    const [png] = await Promise.all([
      product.page.waitForEvent('download'),
      product.page.getByRole('button', { name: 'PNG image' }).click(),
    ]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.suggestedFilename()).toBe('siheung-network.png');

    // The API's GEXF export needs a researcher key (explorer-roles.e2e.test.ts downloads it with one): without a key
    // the item says so and is disabled, and the API refuses it.
    const gexf = product.page.getByTestId('export-menu').locator('button[data-export="graph.gexf"]');
    expect(await gexf.isDisabled()).toBe(true);
    expect(await gexf.textContent()).toContain('needs a researcher key');
    const response = await fetch(`${product.server.url}/export/graph.gexf`);
    expect(response.status).toBe(403);
  });
});
