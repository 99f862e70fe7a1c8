// Staff data upload in the explorer: a bad upload lists each problem as file:row:column and writes nothing;
// good files are dry-run, confirmed, written, and the new organisation is then found by the search.
// The page holds a staff API key created in the test database (importData needs staff); without a key it is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '@siheung/graph-api/api-keys';
import { openTestDatabase } from '@siheung/core/test-support';
import { queryApi } from './support/api.ts';
import { waitForNode } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const PREFIX = 'T-E2EIMP-';
const ORG = `${PREFIX}ORG-1`;
/** Korean headers, as the secretariat's spreadsheets have them. */
const ORGANIZATIONS =
  `아이디,이름,영문명,유형,상태\n${ORG},가져오기바이오랩,Import Bio ` +
  `Lab,기업,운영\n${PREFIX}ORG-2,가져오기병원,Import ` +
  `Hospital,병원,운영\n`;
const COLLABORATIONS = `id,from,to,kind,since\n${PREFIX}LNK-1,${ORG},${PREFIX}ORG-2,CLINICAL_TRIAL,2025-03-01\n`;
const BAD_COLLABORATIONS = `id,from,to,kind,since\n${PREFIX}LNK-1,${ORG},${PREFIX}NOPE,TRIAL,2025-03-01\n`;

const product = useProductPage();
const db = openTestDatabase();
const wipe = () => db.write('load-test-delete-prefix', { prefix: PREFIX });
let staffKey: { id: string; token: string } | undefined;

/** What the API says about the organisation: its name, or the error code (NOT_FOUND before the import). */
async function apiOrganization(id: string): Promise<string> {
  const response = await fetch(`${product.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { organization(id: $id) { name } }', variables: { id } }),
  });
  const body = (await response.json()) as {
    data?: { organization: { name: string } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return body.data?.organization.name ?? String(body.errors?.[0]?.extensions?.code);
}

function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function openDialog() {
  const { page } = product;
  await page.getByRole('button', { name: /^데이터 가져오기/ }).click();
  const dialog = page.getByRole('dialog', { name: '데이터 가져오기' });
  await dialog.waitFor();
  return dialog;
}

beforeAll(async () => {
  await wipe();
  const created = await createApiKey(db, 'staff', 'e2e explorer import');
  staffKey = { id: created.key.id, token: created.token };
});
afterAll(async () => {
  await wipe();
  if (staffKey !== undefined) await revokeApiKey(db, staffKey.id);
  await db.close();
});

describe('staff data import', () => {
  it('lists every problem of a bad upload by file:row:column and writes nothing', async () => {
    const { page } = product;
    await page.goto(product.server.url);
    // Without a key the import is refused, with a message saying a staff key is needed; nothing is checked.
    let dialog = await openDialog();
    await dialog.getByLabel('파일 선택').setInputFiles([csvFile('organizations.csv', ORGANIZATIONS)]);
    await dialog.getByRole('button', { name: '검사하기' }).click();
    await dialog.getByRole('alert').getByText('직원 API 키가 필요합니다').waitFor();
    await dialog.getByRole('button', { name: '닫기' }).click();

    await page.getByTestId('api-key').locator('summary').click();
    await page.getByLabel('API 키 (이 탭에만 보관)').fill(staffKey!.token);
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await page.getByText('API 키: API 키 사용 중').waitFor();
    expect(page.url()).not.toContain(staffKey!.token);
    await page.getByTestId('api-key').locator('summary').click();
    dialog = await openDialog();
    await dialog
      .getByLabel('파일 선택')
      .setInputFiles([csvFile('organizations.csv', ORGANIZATIONS), csvFile('collaborations.csv', BAD_COLLABORATIONS)]);
    await dialog.getByText('파일 2개 선택됨').waitFor();
    const confirm = dialog.getByRole('button', { name: '반영하기' });
    expect(await confirm.isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: '검사하기' }).click();
    const problems = dialog.getByTestId('import-problems').locator('.import-problem');
    await problems.first().waitFor();
    const rows = await problems.evaluateAll((items) =>
      items.map((item) => [item.querySelector('th')?.textContent, item.querySelectorAll('td')[0]?.textContent]),
    );
    expect(rows).toEqual([
      ['collaborations.csv:2:kind', 'TRIAL'],
      ['collaborations.csv:2:to', `${PREFIX}NOPE`],
    ]);
    await dialog.getByText('문제 2건: 아무것도 반영되지 않았습니다').waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    expect(await apiOrganization(ORG)).toBe('NOT_FOUND');

    // The report follows the language: closed, switched to English and opened again, it keeps its problems.
    await dialog.getByRole('button', { name: '닫기' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /^Import data/ }).click();
    const english = page.getByRole('dialog', { name: 'Import data' });
    await english.getByText('2 problems: nothing was written').waitFor();
    expect(await english.getByRole('columnheader', { name: 'Expected' }).count()).toBe(1);
    await english.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: '한국어' }).click();
    await openDialog();
  });

  it('imports good files after a clean dry run, and the new organisation is then found by the search', async () => {
    const { page } = product;
    const dialog = page.getByRole('dialog', { name: '데이터 가져오기' });
    await dialog
      .getByLabel('파일 선택')
      .setInputFiles([csvFile('organizations.csv', ORGANIZATIONS), csvFile('collaborations.csv', COLLABORATIONS)]);
    const confirm = dialog.getByRole('button', { name: '반영하기' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '검사하기' }).click();
    await dialog.getByText('문제가 없습니다. 반영할 수 있습니다.').waitFor();
    const created = (type: string) =>
      dialog.locator(`[data-testid="import-counts"] tr[data-type="${type}"] [data-field="created"]`).textContent();
    expect([await created('organizations'), await created('collaborations')]).toEqual(['2', '1']);
    expect(await apiOrganization(ORG)).toBe('NOT_FOUND');
    await saveScreenshot(page, 'explorer-import-ko');

    await confirm.click();
    await dialog.getByRole('heading', { name: '반영 완료' }).waitFor();
    expect(await apiOrganization(ORG)).toBe('가져오기바이오랩');
    // The page reloads what it shows: the whole network on the canvas now holds the new organisations.
    await waitForNode(page, ORG);
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '닫기' }).click();

    // The search index takes up new nodes shortly after the write (Neo4j full-text indexes are eventually consistent).
    await expect
      .poll(
        async () =>
          (
            await queryApi<{ search: { id: string }[] }>(
              product.server.url,
              '{ search(text: "가져오기바이오") { id } }',
            )
          ).search.map((hit) => hit.id),
        { timeout: 10_000 },
      )
      .toContain(ORG);
    const box = page.getByRole('combobox', { name: '기관 검색' });
    await box.fill('가져오기바이오');
    await page
      .getByRole('listbox', { name: '기관 검색' })
      .getByRole('option', { name: /^가져오기바이오랩/ })
      .click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('org') === id, ORG);
  });
});
