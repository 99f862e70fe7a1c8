// Search → select → the organisation's neighbourhood on the canvas and its details in the panel; expand, hide and pin.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { queryApi } from './support/api.ts';
import { cyState, waitForNode, waitForStillLayout } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const SNU = 'ORG-SNU-SIHEUNG';

const product = useProductPage();

interface Neighbourhood {
  neighborhood: { nodes: { id: string }[]; edges: { id: string }[] };
}

interface Profile {
  organization: { partners: { organization: { id: string } }[]; capabilities: { name: string }[] };
}

async function profile(id: string): Promise<Profile['organization']> {
  const data = await queryApi<Profile>(
    product.server.url,
    'query($id: ID!) { organization(id: $id) { partners { organization { id } } capabilities { name } } }',
    { id },
  );
  return data.organization;
}

async function search(text: string): Promise<void> {
  const box = product.page.getByRole('combobox', { name: '기관 검색' });
  await box.fill(text);
  await product.page.getByRole('listbox', { name: '기관 검색' }).getByRole('option').first().waitFor();
}

describe('search and select', () => {
  it('suggests organisations for 서울대 and draws the chosen one’s neighbourhood, centre marked', async () => {
    await product.page.goto(product.server.url);
    await waitForNode(product.page, SNU, 100);
    await search('서울대');
    const options = product.page.getByRole('listbox', { name: '기관 검색' }).getByRole('option');
    expect(await options.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('서울대학교 시흥캠퍼스')]),
    );

    // Keyboard: arrow down to the campus, Enter.
    const box = product.page.getByRole('combobox', { name: '기관 검색' });
    const texts = await options.allInnerTexts();
    const index = texts.findIndex((text) => text.startsWith('서울대학교 시흥캠퍼스'));
    for (let step = 0; step <= index; step += 1) await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(index).getAttribute('id'));
    await box.press('Enter');

    const api = await queryApi<Neighbourhood>(
      product.server.url,
      'query($id: ID!) { neighborhood(id: $id) { nodes { id } edges { id } } }',
      { id: SNU },
    );
    await product.page.waitForFunction(
      (count) => (window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length === count,
      api.neighborhood.nodes.length,
    );
    const state = await cyState(product.page);
    expect(state.nodes.sort()).toEqual(api.neighborhood.nodes.map((node) => node.id).sort());
    expect(state.edges.sort()).toEqual(api.neighborhood.edges.map((edge) => edge.id).sort());
    expect(state.classes[SNU]).toContain('centre');
    expect(state.classes[SNU]).toContain('focus');
    expect(new URL(product.page.url()).searchParams.get('org')).toBe(SNU);
  });

  it('shows the organisation’s kind, hub, partners with link kinds and years, capabilities, provenance', async () => {
    const expected = await profile(SNU);
    const panel = product.page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: '서울대학교 시흥캠퍼스' }).waitFor();
    expect(await panel.getByTestId('detail-kind').textContent()).toContain('대학');
    expect(await panel.textContent()).toContain('거점: 배곧');
    const partners = panel.getByTestId('detail-partners').locator('.partner');
    expect(await partners.count()).toBe(expected.partners.length);
    const ids = await partners.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    expect(ids).toEqual(expected.partners.map((partner) => partner.organization.id));
    expect(await partners.first().locator('.partner__kind').count()).toBeGreaterThan(0);
    expect(await partners.first().locator('.partner__years').textContent()).toMatch(/^\d{4}(–\d{4}년)?$/);
    // The campus has no capabilities recorded: the section says so.
    expect(expected.capabilities).toEqual([]);
    expect(await panel.getByTestId('detail-capabilities').textContent()).toContain('등록된 역량이 없습니다');
    expect(await panel.getByTestId('detail-provenance').textContent()).toContain('siheung.snu.ac.kr');
    await waitForStillLayout(product.page);
    await saveScreenshot(product.page, 'explorer-search-ko');
  });

  it('never lists the previous text’s suggestions under new typing', async () => {
    await search('서울대');
    const box = product.page.getByRole('combobox', { name: '기관 검색' });
    const options = product.page.getByRole('listbox', { name: '기관 검색' }).getByRole('option');
    await box.fill('없는기관zq');
    // At once, before the debounce has asked for the new text: the 서울대 suggestions are gone.
    expect(await options.count()).toBe(0);
    await product.page.getByText('“없는기관zq”와 일치하는 기관이 없습니다').waitFor();
    expect(await options.count()).toBe(0);
  });

  it('lists an organisation’s capabilities, and marks synthetic organisations', async () => {
    await search('제약바이오인력양성센터');
    await product.page
      .getByRole('listbox', { name: '기관 검색' })
      .getByRole('option', { name: /제약바이오인력양성센터/ })
      .first()
      .click();
    const expected = await profile('ORG-SNU-PHARMABIO');
    const capabilities = product.page.getByTestId('detail-capabilities').locator('.chip');
    await expect.poll(() => capabilities.count()).toBe(expected.capabilities.length);
    expect(await capabilities.allTextContents()).toEqual(expected.capabilities.map((capability) => capability.name));

    await product.page.getByTestId('detail-partners').locator('.partner .link-button').first().click();
    await product.page.getByTestId('synthetic-badge').waitFor();
  });

  it('expands a node on double-click without moving the nodes already drawn', async () => {
    await search('서울대학교 시흥');
    await product.page
      .getByRole('listbox', { name: '기관 검색' })
      .getByRole('option', { name: /^서울대학교 시흥캠퍼스/ })
      .click();
    await product.page.waitForURL((url) => url.searchParams.get('org') === SNU);
    await waitForNode(product.page, SNU);
    await waitForStillLayout(product.page);
    const before = await cyState(product.page);
    const partner = before.nodes.find((id) => id !== SNU && id.startsWith('SYN-CO'))!;
    const point = await product.page.evaluate((id) => {
      const cy = (window as unknown as { cy: Core }).cy;
      const rendered = cy.getElementById(id).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    }, partner);
    await product.page.mouse.dblclick(point.x, point.y);
    await product.page.waitForFunction(
      (count) => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length > count,
      before.nodes.length,
    );
    await waitForStillLayout(product.page);
    const after = await cyState(product.page);
    const moved = before.nodes.filter((id) => {
      const [a, b] = [before.positions[id]!, after.positions[id]!];
      return Math.abs(a.x - b.x) > 0.01 || Math.abs(a.y - b.y) > 0.01;
    });
    expect(moved.map((id) => [id, before.positions[id], after.positions[id], id === partner])).toEqual([]);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(new URL(product.page.url()).searchParams.get('expand')).toBe(partner);
  });

  it('hides and pins a node from the detail panel with the keyboard, and from the right-click menu', async () => {
    const actions = product.page.getByTestId('node-actions');
    const partnerId = (await product.page.getByTestId('detail-panel').locator('article').getAttribute('data-id'))!;
    await actions.getByRole('button', { name: '위치 고정' }).focus();
    await product.page.keyboard.press('Enter');
    await expect.poll(async () => (await cyState(product.page)).classes[partnerId]).toContain('pinned');
    await actions.getByRole('button', { name: '화면에서 숨기기' }).focus();
    await product.page.keyboard.press('Enter');
    await expect.poll(async () => (await cyState(product.page)).visibleNodes).not.toContain(partnerId);
    await product.page.getByTestId('status-hidden').getByRole('button').click();
    await expect.poll(async () => (await cyState(product.page)).visibleNodes).toContain(partnerId);

    const point = await product.page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      const rendered = cy.getElementById('ORG-SNU-SIHEUNG').renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    });
    await product.page.mouse.click(point.x, point.y, { button: 'right' });
    const menu = product.page.getByRole('menu');
    await menu.waitFor();
    await product.page.keyboard.press('ArrowDown');
    await product.page.keyboard.press('ArrowDown');
    await product.page.keyboard.press('Enter'); // the third item: hide
    await expect.poll(async () => (await cyState(product.page)).visibleNodes).not.toContain(SNU);
  });
});

describe('a view cut at its limit', () => {
  it('says so, and "load more" raises the limit until everything is drawn', async () => {
    await product.page.goto(`${product.server.url}/?org=${SNU}&depth=3&limit=50`);
    const note = product.page.getByTestId('status-truncated');
    await note.waitFor();
    expect(await note.textContent()).toContain('기관 50개');
    expect((await cyState(product.page)).nodes.length).toBe(50);
    await note.getByRole('button', { name: '더 불러오기' }).click();
    await product.page.waitForURL((url) => url.searchParams.get('limit') === '100');
    await product.page.waitForFunction(
      () => ((window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0) === 100,
    );
    await product.page.getByTestId('status-truncated').getByRole('button').click();
    await note.waitFor({ state: 'detached' });
    const api = await queryApi<Neighbourhood>(
      product.server.url,
      'query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 200) { nodes { id } edges { id } } }',
      { id: SNU },
    );
    await expect.poll(async () => (await cyState(product.page)).nodes.length).toBe(api.neighborhood.nodes.length);
  });
});
