// A view lives in its URL: filters, selection, date and language survive a reload; the as-of date hides links
// exactly as the API's asOf does.
import { describe, expect, it } from 'vitest';
import { queryApi } from './support/api.ts';
import { cyState, waitForNode, waitForStillLayout } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const IPA = 'ORG-SIHEUNG-IPA';

const product = useProductPage();

describe('the view in the URL', () => {
  it('restores the selection, filters, depth, date and language after a reload', async () => {
    await product.page.goto(product.server.url);
    await waitForNode(product.page, IPA, 100);
    const box = product.page.getByRole('combobox', { name: '기관 검색' });
    await box.fill('ㅅㅎㅅㅇㅈㅎㅇ'); // 초성 of 시흥산업진흥원
    await product.page
      .getByRole('listbox', { name: '기관 검색' })
      .getByRole('option', { name: /^시흥산업진흥원/ })
      .click();
    await product.page.waitForURL((url) => url.searchParams.get('org') === IPA);
    await product.page.getByTestId('filter-org-kinds').getByLabel('병원').uncheck();
    await product.page.getByTestId('filter-link-kinds').getByLabel('투자').uncheck();
    await product.page.getByLabel('연결 단계').selectOption('2');
    await waitForStillLayout(product.page);
    await product.page.getByRole('button', { name: 'English' }).click();
    // The slider by keyboard: the last year, then back four years.
    const slider = product.page.getByLabel('As of');
    await slider.focus();
    await product.page.keyboard.press('End');
    const last = Number(await slider.inputValue());
    for (let year = last; year > 2022; year -= 1) await product.page.keyboard.press('ArrowLeft');

    const before = await cyState(product.page);
    const url = new URL(product.page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      org: IPA,
      depth: '2',
      asOf: '2022-12-31',
      lang: 'en',
    });
    expect(url.searchParams.get('kinds')?.split(',')).not.toContain('HOSPITAL');
    expect(before.nodes.length).toBeGreaterThan(10);
    expect(before.visibleEdges.length).toBeLessThan(before.edges.length);

    await product.page.reload();
    await waitForNode(product.page, IPA);
    await waitForStillLayout(product.page);
    const after = await cyState(product.page);
    expect(after.nodes.sort()).toEqual(before.nodes.sort());
    expect(after.visibleEdges.sort()).toEqual(before.visibleEdges.sort());
    expect(after.classes[IPA]).toContain('centre');
    expect(await product.page.getByTestId('filter-org-kinds').getByLabel('Hospital').isChecked()).toBe(false);
    expect(await product.page.getByTestId('filter-org-kinds').getByLabel('Company').isChecked()).toBe(true);
    expect(await product.page.getByTestId('filter-link-kinds').getByLabel('Investment').isChecked()).toBe(false);
    expect(await product.page.getByLabel('Hops').inputValue()).toBe('2');
    expect(await product.page.getByTestId('time-slider-value').textContent()).toBe('End of 2022');
    await product.page
      .getByTestId('detail-panel')
      .getByRole('heading', { name: 'Siheung Industry Promotion Agency' })
      .waitFor();
    expect(await product.page.locator('html').getAttribute('lang')).toBe('en');
    await saveScreenshot(product.page, 'explorer-restored-en');
  });

  it('shows as of a date exactly the links the API counts for that date', async () => {
    await product.page.goto(`${product.server.url}/?asOf=2019-12-31`);
    await product.page.waitForFunction(
      () => ((window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0) >= 100,
    );
    await waitForStillLayout(product.page);
    const api = await queryApi<{ graph: { edges: { id: string }[] } }>(
      product.server.url,
      '{ graph(filter: { asOf: "2019-12-31" }) { edges { id } } }',
    );
    const state = await cyState(product.page);
    expect(state.visibleEdges.sort()).toEqual(api.graph.edges.map((edge) => edge.id).sort());
    expect(state.visibleEdges.length).toBeLessThan(state.edges.length);
  });

  it('replays the network growing year by year, every node staying in place', async () => {
    const start = await cyState(product.page);
    await product.page.getByRole('button', { name: '▶ 연도별 재생' }).click();
    await expect
      .poll(() => product.page.getByTestId('time-slider-value').textContent(), { timeout: 10_000 })
      .toMatch(/^201\d년 말$/);
    const early = await cyState(product.page);
    await expect
      .poll(() => product.page.getByRole('button', { name: /연도별 재생/ }).count(), { timeout: 30_000 })
      .toBe(1);
    const end = await cyState(product.page);
    expect(early.visibleEdges.length).toBeLessThan(end.visibleEdges.length);
    expect(end.positions).toEqual(start.positions);
  });
});
