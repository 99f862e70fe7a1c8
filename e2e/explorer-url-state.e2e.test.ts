// A view lives in its URL: filters, selection, date and language survive a reload; the as-of date hides links
// exactly as the API's asOf does.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './support/api.ts';
import { launchBrowser } from './support/browser.ts';
import { cyState, waitForNode, waitForStillLayout } from './support/cy-state.ts';
import { startProductServer, type ProductServer } from './support/product-server.ts';
import { saveScreenshot } from './support/screenshots.ts';

const IPA = 'ORG-SIHEUNG-IPA';

let server: ProductServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startProductServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the view in the URL', () => {
  it('restores the selection, filters, depth, date and language after a reload', async () => {
    await page.goto(server.url);
    await waitForNode(page, IPA, 100);
    const box = page.getByRole('combobox', { name: '기관 검색' });
    await box.fill('ㅅㅎㅅㅇㅈㅎㅇ'); // 초성 of 시흥산업진흥원
    await page.getByRole('listbox', { name: '기관 검색' }).getByRole('option', { name: /^시흥산업진흥원/ }).click();
    await page.waitForURL((url) => url.searchParams.get('org') === IPA);
    await page.getByTestId('filter-org-kinds').getByLabel('병원').uncheck();
    await page.getByTestId('filter-link-kinds').getByLabel('투자').uncheck();
    await page.getByLabel('연결 단계').selectOption('2');
    await waitForStillLayout(page);
    await page.getByRole('button', { name: 'English' }).click();
    // The slider by keyboard: the last year, then back four years.
    const slider = page.getByLabel('As of');
    await slider.focus();
    await page.keyboard.press('End');
    const last = Number(await slider.inputValue());
    for (let year = last; year > 2022; year -= 1) await page.keyboard.press('ArrowLeft');

    const before = await cyState(page);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ org: IPA, depth: '2', asOf: '2022-12-31', lang: 'en' });
    expect(url.searchParams.get('kinds')?.split(',')).not.toContain('HOSPITAL');
    expect(before.nodes.length).toBeGreaterThan(10);
    expect(before.visibleEdges.length).toBeLessThan(before.edges.length);

    await page.reload();
    await waitForNode(page, IPA);
    await waitForStillLayout(page);
    const after = await cyState(page);
    expect(after.nodes.sort()).toEqual(before.nodes.sort());
    expect(after.visibleEdges.sort()).toEqual(before.visibleEdges.sort());
    expect(after.classes[IPA]).toContain('centre');
    expect(await page.getByTestId('filter-org-kinds').getByLabel('Hospital').isChecked()).toBe(false);
    expect(await page.getByTestId('filter-org-kinds').getByLabel('Company').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-link-kinds').getByLabel('Investment').isChecked()).toBe(false);
    expect(await page.getByLabel('Hops').inputValue()).toBe('2');
    expect(await page.getByTestId('time-slider-value').textContent()).toBe('End of 2022');
    await page.getByTestId('detail-panel').getByRole('heading', { name: 'Siheung Industry Promotion Agency' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await saveScreenshot(page, 'explorer-restored-en');
  });

  it('shows as of a date exactly the links the API counts for that date', async () => {
    await page.goto(`${server.url}/?asOf=2019-12-31`);
    await page.waitForFunction(() => ((window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0) >= 100);
    await waitForStillLayout(page);
    const api = await queryApi<{ graph: { edges: { id: string }[] } }>(server.url, '{ graph(filter: { asOf: "2019-12-31" }) { edges { id } } }');
    const state = await cyState(page);
    expect(state.visibleEdges.sort()).toEqual(api.graph.edges.map((edge) => edge.id).sort());
    expect(state.visibleEdges.length).toBeLessThan(state.edges.length);
  });

  it('replays the network growing year by year, every node staying in place', async () => {
    const start = await cyState(page);
    await page.getByRole('button', { name: '▶ 연도별 재생' }).click();
    await expect.poll(() => page.getByTestId('time-slider-value').textContent(), { timeout: 10_000 }).toMatch(/^201\d년 말$/);
    const early = await cyState(page);
    await expect.poll(() => page.getByRole('button', { name: /연도별 재생/ }).count(), { timeout: 30_000 }).toBe(1);
    const end = await cyState(page);
    expect(early.visibleEdges.length).toBeLessThan(end.visibleEdges.length);
    expect(end.positions).toEqual(start.positions);
  });
});
