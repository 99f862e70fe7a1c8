// The policy dashboard in Chromium: its figures are the API's for the same scope (statistics, the hub × hub heat
// map, a point per year in the trends, the what-if deltas); colour by community colours the canvas's nodes by the
// API's communities and back; the language toggle and a reload keep working.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { queryApi } from './support/api.ts';
import { nodeStyles, waitForNode } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const SNU = 'ORG-SNU-SIHEUNG';
/** 산호기공, a fictional company three hops from the campus in the sample data: not linked to it. */
const SANHO = 'SYN-CO-107';
const STATS = [
  'organizations',
  'links',
  'density',
  'averageDegree',
  'components',
  'largestComponentShare',
  'averageClustering',
  'averageShortestPath',
  'modularity',
  'isolates',
] as const;
type Stats = Record<(typeof STATS)[number], number | null>;

const product = useProductPage();

async function pick(label: string, text: string, name: RegExp): Promise<void> {
  await product.page.getByRole('combobox', { name: label }).fill(text);
  await product.page.getByRole('listbox', { name: label }).getByRole('option', { name }).first().click();
}

describe('policy dashboard', () => {
  it('shows the statistics the API gives for the scope', async () => {
    const { page, server } = product;
    await page.goto(server.url);
    await waitForNode(page, SNU, 50);
    await page.getByRole('tab', { name: '정책 대시보드' }).click();
    await page.waitForURL((url) => url.searchParams.get('mode') === 'dashboard');

    const { networkStats } = await queryApi<{ networkStats: Stats }>(
      server.url,
      `{ networkStats { ${STATS.join(' ')} } }`,
    );
    const stats = page.getByTestId('network-stats');
    await stats.locator('.stat').first().waitFor();
    for (const stat of STATS) {
      const shown = await stats.locator(`[data-stat="${stat}"]`).getAttribute('data-value');
      expect(shown === '' ? null : Number(shown), stat).toBe(networkStats[stat]);
    }
    expect(await stats.locator('[data-stat="density"] .stat__label').textContent()).toBe('밀도');
  });

  it('follows the filters and the as-of date of the time slider', async () => {
    const { page, server } = product;
    const statsOf = async (args: string) =>
      (await queryApi<{ networkStats: Stats }>(server.url, `{ networkStats${args} { ${STATS.join(' ')} } }`))
        .networkStats;
    const shownStats = () =>
      page
        .getByTestId('network-stats')
        .locator('.stat')
        .evaluateAll((items) =>
          Object.fromEntries(
            items.map((item) => [
              item.getAttribute('data-stat'),
              item.getAttribute('data-value') === '' ? null : Number(item.getAttribute('data-value')),
            ]),
          ),
        );

    await page.getByTestId('dashboard').locator('summary', { hasText: '필터' }).click();
    await page.getByTestId('dashboard').getByTestId('filter-org-kinds').getByLabel('병원').uncheck();
    const withoutHospitals = await statsOf(
      '(scope: { orgKinds: [COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, PUBLIC_AGENCY, SUPPORT_ORG] })',
    );
    await expect.poll(shownStats).toEqual(withoutHospitals);
    await page.getByTestId('dashboard').getByTestId('filter-org-kinds').getByLabel('병원').check();

    const slider = page.getByLabel('기준 시점');
    await slider.focus();
    await page.keyboard.press('End');
    const last = Number(await slider.inputValue());
    for (let year = last; year > 2020; year -= 1) await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId('dashboard-as-of').textContent()).toBe('2020-12-31 기준');
    const in2020 = await statsOf('(asOf: "2020-12-31")');
    expect(in2020.links).not.toBe((await statsOf('')).links);
    await expect.poll(shownStats).toEqual(in2020);
    await page.getByRole('button', { name: '전체 기간 보기' }).click();
    await expect.poll(shownStats).toEqual(await statsOf(''));
  });

  it('draws one heat map cell per pair of hubs with the API values', async () => {
    const { page, server } = product;
    const { densityMatrix } = await queryApi<{
      densityMatrix: {
        groups: unknown[];
        cells: { rowKey: string | null; columnKey: string | null; links: number; density: number | null }[];
      };
    }>(server.url, '{ densityMatrix(by: HUB) { groups { key } cells { rowKey columnKey links density } } }');
    const n = densityMatrix.groups.length;
    expect(n).toBeGreaterThan(1);
    const cells = page.getByTestId('density-heat-map').getByTestId('heat-cell');
    await cells.first().waitFor();
    const shown = await cells.evaluateAll((tds) =>
      tds.map((td) => {
        const data = (td as HTMLElement).dataset;
        return {
          rowKey: data.rowKey,
          columnKey: data.columnKey,
          links: data.links,
          density: data.density,
          text: td.textContent,
        };
      }),
    );
    expect(shown).toHaveLength((n * (n + 1)) / 2);
    expect(densityMatrix.cells).toHaveLength(shown.length);
    for (const cell of densityMatrix.cells) {
      const match = shown.find(
        (item) => item.rowKey === (cell.rowKey ?? '') && item.columnKey === (cell.columnKey ?? ''),
      );
      expect(match, `${cell.rowKey} × ${cell.columnKey}`).toBeDefined();
      expect(Number(match!.links)).toBe(cell.links);
      expect(match!.density === '' ? null : Number(match!.density)).toBe(cell.density);
    }
    // Each cell reads out its pair and density to a screen reader; the colour scale has a legend.
    expect(shown[0]!.text).toMatch(/밀도 .*연결 \d+/);
    expect(await page.getByTestId('heat-legend').locator('li').count()).toBeGreaterThan(2);

    await page.getByLabel('묶음 기준').selectOption('ORG_KIND');
    const { densityMatrix: byKind } = await queryApi<{ densityMatrix: { groups: unknown[] } }>(
      server.url,
      '{ densityMatrix(by: ORG_KIND) { groups { key } } }',
    );
    const k = byKind.groups.length;
    await page.locator('[data-testid="density-heat-map"] table[data-by="ORG_KIND"]').waitFor();
    expect(await cells.count()).toBe((k * (k + 1)) / 2);
  });

  it('charts one point per year from the first year of data to now', async () => {
    const { page, server } = product;
    const { graph } = await queryApi<{ graph: { edges: { since: string | null }[] } }>(
      server.url,
      '{ graph(limit: 5000) { edges { since } } }',
    );
    const first = Math.min(
      ...graph.edges.flatMap((edge) => (edge.since === null ? [] : [Number(edge.since.slice(0, 4))])),
    );
    const thisYear = new Date().getUTCFullYear();
    const { networkTrend } = await queryApi<{ networkTrend: { periods: { stats: { density: number | null } }[] } }>(
      server.url,
      `{ networkTrend(from: "${first}-01-01", to: "${new Date().toISOString().slice(0, 10)}", step: YEAR) {
        periods { stats { density } } } }`,
    );
    expect(networkTrend.periods).toHaveLength(thisYear - first + 1);
    const points = page.getByTestId('trend-density').locator('circle.trend-chart__point');
    await points.first().waitFor();
    const values = await points.evaluateAll((circles) =>
      circles.map((circle) => Number(circle.getAttribute('data-value'))),
    );
    expect(values).toEqual(
      networkTrend.periods.flatMap((period) => (period.stats.density === null ? [] : [period.stats.density])),
    );
    expect(await page.getByTestId('trend-size').locator('[data-series="links"] circle').count()).toBe(
      thisYear - first + 1,
    );
    expect(await page.getByTestId('trend-density').getByRole('img', { name: '연도별 네트워크 밀도' }).count()).toBe(1);
  });

  it('lists the top brokers the API ranks, with their reasons, and selects one when clicked', async () => {
    const { page, server } = product;
    const { brokers } = await queryApi<{
      brokers: { brokers: { organization: { id: string }; reasons: { code: string }[] }[] };
    }>(server.url, '{ brokers(top: 10) { brokers { organization { id } reasons { code } } } }');
    expect(brokers.brokers.length).toBeGreaterThan(0);
    const items = page.getByTestId('brokers').getByTestId('broker');
    await items.first().waitFor();
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-org-id')))).toEqual(
      brokers.brokers.map((broker) => broker.organization.id),
    );
    const first = brokers.brokers[0]!;
    expect(
      await items
        .first()
        .locator('[data-code]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code'))),
    ).toEqual(first.reasons.map((reason) => reason.code));

    await items.first().getByRole('button').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('sel') === first.organization.id);
    await page.waitForFunction(
      (id) => (window as unknown as { cy: Core }).cy.getElementById(id).hasClass('focus'),
      first.organization.id,
    );
    expect(await items.first().getByRole('button').getAttribute('aria-pressed')).toBe('true');
  });

  it('colours nodes by community and back by kind', async () => {
    const { page, server } = product;
    const { communities } = await queryApi<{ communities: { communities: { id: number; memberIds: string[] }[] } }>(
      server.url,
      '{ communities { communities { id memberIds } } }',
    );
    expect(communities.communities.length).toBeGreaterThan(1);
    const kindColours = await nodeStyles(page, 'background-color');
    const toggle = page.getByTestId('colour-by-community');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => (window as unknown as { cy: Core }).cy.nodes('.filled').length > 0);
    const colours = await nodeStyles(page, 'background-color');
    const byCommunity = communities.communities.map(
      (community) => new Set(community.memberIds.map((id) => colours[id])),
    );
    for (const set of byCommunity) expect(set.size).toBe(1);
    const each = byCommunity.map((set) => [...set][0]);
    expect(new Set(each).size).toBe(each.length);
    expect(await page.getByTestId('community-legend').locator('li').count()).toBe(communities.communities.length + 1);
    // Scroll the side panel alone (not the page) to the heat map, for the screenshot.
    await page.getByTestId('density-heat-map').evaluate((section) => {
      const panel = section.closest('.side-panel');
      if (panel !== null) panel.scrollTop += section.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    });
    await saveScreenshot(page, 'explorer-dashboard-ko');

    await toggle.click();
    await page.waitForFunction(() => (window as unknown as { cy: Core }).cy.nodes('.filled').length === 0);
    // Off: every node has its kind's colour again, one colour per kind.
    expect(await nodeStyles(page, 'background-color')).toEqual(kindColours);
    const kinds = await page.evaluate(() =>
      (window as unknown as { cy: Core }).cy.nodes().map((node) => [node.id(), String(node.data('kind'))] as const),
    );
    const coloursByKind = new Map<string, Set<string>>();
    for (const [id, kind] of kinds)
      coloursByKind.set(kind, (coloursByKind.get(kind) ?? new Set()).add(kindColours[id]!));
    for (const colours of coloursByKind.values()) expect(colours.size).toBe(1);
    await toggle.click();
  });

  it('shows the what-if deltas the API computes for proposed links', async () => {
    const { page, server } = product;
    await pick('가상 연결: 기관 1', '서울대학교 시흥', /서울대학교 시흥캠퍼스/);
    await pick('가상 연결: 기관 2', '산호기공', /산호기공/);
    await page.getByTestId('add-proposed-link').click();
    await page.getByTestId('proposed-links').locator(`[data-from="${SNU}"][data-to="${SANHO}"]`).waitFor();
    const { whatIf } = await queryApi<{ whatIf: { delta: Stats } }>(
      server.url,
      `query($links: [ProposedLink!]!) { whatIf(links: $links) { delta { ${STATS.join(' ')} } } }`,
      { links: [{ from: SNU, to: SANHO }] },
    );
    expect(whatIf.delta.links).toBe(1);
    const table = page.getByTestId('what-if-table');
    await table.waitFor();
    for (const stat of STATS) {
      const shown = await table.locator(`tr[data-stat="${stat}"]`).getAttribute('data-delta');
      expect(shown === '' ? null : Number(shown), stat).toBe(whatIf.delta[stat]);
    }
    expect(await table.locator('tr[data-stat="links"] td').last().textContent()).toBe('+1');
  });

  it('switches to English and keeps the dashboard through a reload', async () => {
    const { page } = product;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Policy dashboard' }).waitFor();
    expect(await page.getByTestId('network-stats').locator('[data-stat="density"] .stat__label').textContent()).toBe(
      'Density',
    );
    expect(await page.getByRole('tab', { name: 'Policy dashboard' }).getAttribute('aria-selected')).toBe('true');

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      mode: 'dashboard',
      communities: '1',
      whatif: `${SNU}.${SANHO}`,
      dby: 'ORG_KIND',
      lang: 'en',
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Policy dashboard' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Policy dashboard' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('what-if-table').waitFor();
    expect(await page.getByLabel('Group by').inputValue()).toBe('ORG_KIND');
    expect(await page.getByTestId('colour-by-community').getAttribute('aria-pressed')).toBe('true');
    await saveScreenshot(page, 'explorer-dashboard-en');
  });
});
