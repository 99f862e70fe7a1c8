// The explorer for each role: without a key the detail panel works and says the survey needs are for staff, the
// API's exports are marked "needs a researcher key"; a researcher key (entered in the header) unlocks the exports
// but not the needs; a staff key shows the needs and the header says so. Keys are made in the test DB, revoked after.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '@siheung/graph-api/api-keys';
import { openTestDatabase } from '@siheung/core/test-support';
import { useProductPage } from './support/product-page.ts';

// A sample organisation with demand-survey answers (seed/data/sample/organization_needs.csv).
const ORG = 'SYN-CO-001';

const product = useProductPage({ acceptDownloads: true });
const db = openTestDatabase();
const keys: Record<'researcher' | 'staff', { id: string; token: string } | undefined> = {
  researcher: undefined,
  staff: undefined,
};

beforeAll(async () => {
  for (const role of ['researcher', 'staff'] as const) {
    const made = await createApiKey(db, role, `e2e explorer roles ${role}`);
    keys[role] = { id: made.key.id, token: made.token };
  }
});
afterAll(async () => {
  for (const key of Object.values(keys)) if (key !== undefined) await revokeApiKey(db, key.id);
  await db.close();
});

/** The organisation's needs as the API gives them to staff: the capability names, by priority. */
async function apiNeeds(): Promise<string[]> {
  const response = await fetch(`${product.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.staff!.token}` },
    body: JSON.stringify({ query: `{ organization(id: "${ORG}") { needs { priority capability { name } } } }` }),
  });
  const body = (await response.json()) as {
    data: { organization: { needs: { priority: number; capability: { name: string } }[] } };
  };
  return body.data.organization.needs.sort((a, b) => a.priority - b.priority).map((need) => need.capability.name);
}

async function enterKey(token: string): Promise<void> {
  const { page } = product;
  const setting = page.getByTestId('api-key');
  if ((await setting.getAttribute('open')) === null) await setting.locator('summary').click();
  await page.getByLabel('API 키 (이 탭에만 보관)').fill(token);
  await page.getByRole('button', { name: '저장' }).click();
}

const exportButton = (file: string) => product.page.getByTestId('export-menu').locator(`button[data-export="${file}"]`);

describe('the explorer by role', () => {
  it('without a key: details load, the needs say they are for staff, the exports need a researcher key', async () => {
    const { page } = product;
    await page.goto(`${product.server.url}/?org=${ORG}`);
    const panel = page.getByTestId('detail-panel');
    await panel.getByTestId('detail-kind').waitFor();
    expect(await panel.getByTestId('detail-needs').textContent()).toContain('설문 수요는 직원만 볼 수 있습니다');
    expect(await page.getByTestId('viewer-role').getAttribute('data-role')).toBe('PUBLIC');
    expect(await page.getByTestId('viewer-role').textContent()).toContain('공개');

    await page.getByTestId('export-menu').locator('summary').click();
    for (const file of ['graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv']) {
      expect(await exportButton(file).isDisabled()).toBe(true);
      expect(await exportButton(file).textContent()).toContain('연구자 키 필요');
    }
    // What the page makes itself stays for everyone (once the canvas has drawn).
    await expect
      .poll(() => page.getByRole('button', { name: 'PNG 이미지' }).isDisabled(), { timeout: 30_000 })
      .toBe(false);
    expect(await page.getByRole('button', { name: 'CSV: 기관', exact: true }).isDisabled()).toBe(false);
  });

  it('with a researcher key: the header says researcher, GraphML downloads, the needs stay hidden', async () => {
    const { page } = product;
    await enterKey(keys.researcher!.token);
    await expect.poll(() => page.getByTestId('viewer-role').getAttribute('data-role')).toBe('RESEARCHER');
    expect(await page.getByTestId('detail-needs').textContent()).toContain('설문 수요는 직원만 볼 수 있습니다');
    if ((await page.getByTestId('export-menu').getAttribute('open')) === null)
      await page.getByTestId('export-menu').locator('summary').click();
    await expect.poll(() => exportButton('graph.graphml').isDisabled()).toBe(false);
    const [graphml] = await Promise.all([page.waitForEvent('download'), exportButton('graph.graphml').click()]);
    expect(graphml.suggestedFilename()).toBe('siheung-graph.graphml');
    expect(await readFile((await graphml.path())!, 'utf8')).toContain('<graphml');
  });

  it('with a staff key: the header says staff, the needs are listed as the API gives them, GEXF loads', async () => {
    const { page } = product;
    await enterKey(keys.staff!.token);
    await expect.poll(() => page.getByTestId('viewer-role').getAttribute('data-role')).toBe('STAFF');
    expect(await page.getByTestId('viewer-role').textContent()).toContain('직원');
    const needs = page.getByTestId('detail-needs').locator('li');
    const expected = await apiNeeds();
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => needs.count()).toBe(expected.length);
    const shown = await needs.allTextContents();
    expected.forEach((name, index) => expect(shown[index]).toContain(name));
    expect(await page.getByTestId('needs-staff-only').count()).toBe(0);

    if ((await page.getByTestId('export-menu').getAttribute('open')) === null)
      await page.getByTestId('export-menu').locator('summary').click();
    const [gexf] = await Promise.all([page.waitForEvent('download'), exportButton('graph.gexf').click()]);
    expect(gexf.suggestedFilename()).toBe('siheung-graph.gexf');
    const text = await readFile((await gexf.path())!, 'utf8');
    expect(text).toContain('<gexf');
    expect(text).toContain(ORG);

    // The key stays for the tab: after a reload the page asks for the role first and shows the needs at once.
    await page.reload();
    await expect.poll(() => needs.count()).toBe(expected.length);
    expect(await page.getByTestId('viewer-role').getAttribute('data-role')).toBe('STAFF');
    expect(await page.getByTestId('needs-staff-only').count()).toBe(0);
  });
});
