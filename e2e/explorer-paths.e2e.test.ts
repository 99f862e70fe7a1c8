// The path finder: two organisations picked by search → the shortest collaboration paths drawn breadth-first and
// listed with each link's evidence; the hop count is the API's.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { queryApi } from './support/api.ts';
import { cyState, waitForStillLayout } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const FROM = 'ORG-SNU-SIHEUNG';
/** 산호기공, a fictional company three hops from the campus in the sample data. */
const TO = 'SYN-CO-107';

const product = useProductPage();

interface Paths {
  collaborationPaths: {
    length: number;
    organizations: { id: string }[];
    steps: { links: { id: string; source: string }[] }[];
  }[];
}

async function apiPaths(variables: Record<string, unknown>): Promise<Paths['collaborationPaths']> {
  const data = await queryApi<Paths>(
    product.server.url,
    `query($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $linkKinds: [LinkKind!]) {
      collaborationPaths(from: $from, to: $to, k: $k, maxHops: $maxHops, linkKinds: $linkKinds) {
        length organizations { id } steps { links { id source } }
      }
    }`,
    variables,
  );
  return data.collaborationPaths;
}

async function pick(label: string, text: string, name: RegExp): Promise<void> {
  const box = product.page.getByRole('combobox', { name: label });
  await box.fill(text);
  await product.page.getByRole('listbox', { name: label }).getByRole('option', { name }).click();
}

describe('path finder', () => {
  it('finds the shortest paths between two organisations chosen by search, as the API does', async () => {
    await product.page.goto(product.server.url);
    await product.page.getByRole('tab', { name: '경로 찾기' }).click();
    await product.page.getByText('출발 기관과 도착 기관을 고르면').first().waitFor();
    await pick('출발 기관', '서울대학교 시흥', /^서울대학교 시흥캠퍼스/);
    await pick('도착 기관', '산호기공', /^산호기공/);

    const expected = await apiPaths({ from: FROM, to: TO, k: 3, maxHops: 4 });
    expect(expected.length).toBeGreaterThan(0);
    const list = product.page.getByTestId('path-list');
    await list.waitFor();
    const paths = list.getByTestId('path');
    expect(await paths.count()).toBe(expected.length);
    expect(Number(await paths.first().getAttribute('data-hops'))).toBe(expected[0]!.length);
    expect(expected[0]!.length).toBeGreaterThanOrEqual(3);

    // Every link's evidence is listed: its kind, since and source.
    const firstLinks = paths.first().locator('.path__link');
    expect(await firstLinks.count()).toBe(expected[0]!.steps.reduce((sum, step) => sum + step.links.length, 0));
    expect(await firstLinks.first().textContent()).toContain(expected[0]!.steps[0]!.links[0]!.source);

    // Drawn on the canvas: every organisation of every path, the shortest highlighted, laid out breadth-first.
    await waitForStillLayout(product.page);
    const state = await cyState(product.page);
    const ids = new Set(expected.flatMap((path) => path.organizations.map((org) => org.id)));
    expect(new Set(state.nodes)).toEqual(ids);
    for (const org of expected[0]!.organizations) expect(state.classes[org.id]).toContain('highlighted');
    expect(await product.page.getByLabel('배치').inputValue()).toBe('breadthfirst');
    const url = new URL(product.page.url());
    expect([url.searchParams.get('mode'), url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([
      'paths',
      FROM,
      TO,
    ]);
    await saveScreenshot(product.page, 'explorer-paths-ko');
  });

  it('follows the hop limit and the allowed link kinds', async () => {
    await product.page.getByLabel('최대 단계').selectOption('2');
    const none = await apiPaths({ from: FROM, to: TO, k: 3, maxHops: 2 });
    expect(none).toEqual([]);
    await product.page.getByText('2단계 안에서 이어지는 경로가 없습니다.').first().waitFor();

    await product.page.getByLabel('최대 단계').selectOption('6');
    const group = product.page.getByTestId('path-link-kinds');
    await group.getByLabel('업무협약').uncheck();
    const linkKinds = ['JOINT_RD', 'CO_PUBLICATION', 'CLINICAL_TRIAL', 'TECH_TRANSFER', 'SUPPLY', 'INVESTMENT'];
    const expected = await apiPaths({ from: FROM, to: TO, k: 3, maxHops: 6, linkKinds });
    await expect
      .poll(
        async () =>
          await product.page
            .getByTestId('path')
            .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-hops')))),
      )
      .toEqual(expected.map((path) => path.length));
    expect(await product.page.locator('.path__link[data-kind="MOU"]').count()).toBe(0);
  });

  it('highlights another path when its heading is chosen', async () => {
    const linkKinds = ['JOINT_RD', 'CO_PUBLICATION', 'CLINICAL_TRIAL', 'TECH_TRANSFER', 'SUPPLY', 'INVESTMENT'];
    const expected = await apiPaths({ from: FROM, to: TO, k: 3, maxHops: 6, linkKinds });
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const headings = product.page.getByTestId('path').locator('.path__heading');
    await headings.nth(1).click();
    expect(await headings.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await headings.nth(0).getAttribute('aria-pressed')).toBe('false');
    const highlighted = await product.page.evaluate(() =>
      (window as unknown as { cy: Core }).cy.nodes('.highlighted').map((node) => node.id()),
    );
    expect(highlighted.sort()).toEqual(expected[1]!.organizations.map((org) => org.id).sort());
  });
});
