// Partner matches in the explorer (staff): the candidates of a selected organisation in the API's order; the first
// one's introduction path drawn breadth-first and its links' evidence listed; feedback recorded through the API;
// the language toggle; the URL restoring the view. Own network (the matching fixture, ids T-E2EMAT-…).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '@siheung/graph-api/api-keys';
import { importCsvFiles, matchingFiles } from '@siheung/graph-api/test-support';
import { openTestDatabase } from '@siheung/core/test-support';
import { cyState, waitForStillLayout } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';
import { saveScreenshot } from './support/screenshots.ts';

const PREFIX = 'T-E2EMAT-';
const ORG = `${PREFIX}A`;

interface ApiMatch {
  candidate: { id: string };
  explanation: string;
  explanationEn: string;
  introductionPaths: { organizations: { id: string }[]; steps: { links: { id: string }[] }[] }[];
  feedback: { decision: string } | null;
}

const product = useProductPage();
const db = openTestDatabase();
const wipe = () => db.write('load-test-delete-prefix', { prefix: PREFIX });
let staff: { id: string; token: string } | undefined;

async function apiMatches(orgId = ORG): Promise<ApiMatch[]> {
  const response = await fetch(`${product.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff!.token}` },
    body: JSON.stringify({
      query: `query($orgId: ID!) { partnerMatches(orgId: $orgId, first: 10) {
        candidate { id } explanation explanationEn feedback { decision }
        introductionPaths { organizations { id } steps { links { id } } }
      } }`,
      variables: { orgId },
    }),
  });
  const body = (await response.json()) as { data?: { partnerMatches: ApiMatch[] }; errors?: unknown[] };
  if (body.data === undefined) throw new Error(`e2e: partnerMatches answered ${JSON.stringify(body.errors)}`);
  return body.data.partnerMatches;
}

const listedIds = () =>
  product.page.getByTestId('match').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));

beforeAll(async () => {
  await wipe();
  await importCsvFiles(db, matchingFiles(PREFIX), 'test:e2e-matches');
  const created = await createApiKey(db, 'staff', 'e2e explorer matches');
  staff = { id: created.key.id, token: created.token };
});
afterAll(async () => {
  await wipe();
  if (staff !== undefined) await revokeApiKey(db, staff.id);
  await db.close();
});

describe('partner matches', () => {
  it('are for staff: without a key the panel says a staff key is needed', async () => {
    const { page } = product;
    await page.goto(`${product.server.url}/?org=${ORG}`);
    await page.getByRole('tab', { name: '파트너 매칭' }).click();
    // The anonymous page may not read the organisation's (confidential) needs, so the button may name it by id.
    await page.getByRole('button', { name: /^선택한 기관으로: / }).click();
    await page
      .getByTestId('matches-panel')
      .locator('[role="alert"][data-error-code="FORBIDDEN"]')
      .getByText('직원 API 키가 필요합니다')
      .waitFor();
  });

  it('lists the selected organisation’s candidates in the API’s order, with score parts and reasons', async () => {
    const { page } = product;
    await page.evaluate((token) => sessionStorage.setItem('siheung.apiKey', token), staff!.token);
    await page.goto(`${product.server.url}/?org=${ORG}`);
    await page.getByRole('tab', { name: '파트너 매칭' }).click();
    await page.getByRole('button', { name: /^선택한 기관으로: 기관 A/ }).click();
    await page.getByTestId('match-list').waitFor();
    const expected = await apiMatches();
    expect(expected.length).toBeGreaterThan(1);
    expect(await listedIds()).toEqual(expected.map((match) => match.candidate.id));
    const first = page.getByTestId('match').first();
    expect(await first.getByTestId('match-explanation').textContent()).toBe(expected[0]!.explanation);
    expect(await first.locator('.score-bar__part').count()).toBeGreaterThan(0);
    expect(await first.locator('.match__reason').count()).toBeGreaterThan(0);

    // Under the conditions: the weights ranking them today, as matchingWeights reports them.
    const response = await fetch(`${product.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff!.token}` },
      body: JSON.stringify({
        query: '{ matchingWeights { outcome from to eligibleOrganizations weights { factor weight } } }',
      }),
    });
    const { matchingWeights } = (
      (await response.json()) as {
        data: {
          matchingWeights: {
            outcome: string;
            from: string;
            to: string;
            eligibleOrganizations: number;
            weights: { factor: string; weight: number }[];
          };
        };
      }
    ).data;
    const note = page.getByTestId('match-weights');
    await note.waitFor();
    expect(await note.getAttribute('data-outcome')).toBe(matchingWeights.outcome);
    // The sample's last year is enough to learn from: the window and the largest weight are named.
    expect(matchingWeights.outcome).toBe('CALIBRATED');
    const largest = matchingWeights.weights
      .filter((w) => w.factor !== 'FEEDBACK')
      .sort((a, b) => b.weight - a.weight)[0]!;
    const text = (await note.textContent())!;
    expect(text).toContain(`${matchingWeights.from}~${matchingWeights.to}`);
    expect(text).toContain(`${matchingWeights.eligibleOrganizations}곳`);
    expect(text).toContain(`${Math.round(largest.weight * 100)}%`);
  });

  it('draws the best introducible candidate’s path breadth-first and lists each link’s evidence', async () => {
    const { page } = product;
    // The best-connected organisations are candidates of everyone, often with no path: the first with one.
    const match = (await apiMatches()).find((item) => item.introductionPaths.length > 0);
    const path = match!.introductionPaths[0]!;
    expect(path.organizations.length).toBeGreaterThan(1);
    await page.locator(`[data-testid="match"][data-id="${match!.candidate.id}"] .match__heading`).click();
    await page.getByTestId('introduction-paths').waitFor();
    await waitForStillLayout(page);
    const state = await cyState(page);
    const drawn = new Set(match!.introductionPaths.flatMap((item) => item.organizations.map((org) => org.id)));
    expect(new Set(state.nodes)).toEqual(drawn);
    const highlighted = state.nodes.filter((id) => state.classes[id]?.includes('highlighted'));
    expect(highlighted.sort()).toEqual(path.organizations.map((org) => org.id).sort());
    expect(await page.getByLabel('배치').inputValue()).toBe('breadthfirst');
    const links = page.getByTestId('introduction-paths').getByTestId('path').first().locator('.path__link');
    expect(await links.count()).toBe(path.steps.reduce((sum, step) => sum + step.links.length, 0));
    expect(await links.first().textContent()).toContain('test:matching');
    const url = new URL(page.url());
    expect([url.searchParams.get('mode'), url.searchParams.get('for'), url.searchParams.get('cand')]).toEqual([
      'matches',
      ORG,
      match!.candidate.id,
    ]);
  });

  it('records the secretariat’s decision, which the API then shows on the candidate', async () => {
    const { page } = product;
    const [match] = await apiMatches();
    const candidate = page.locator(`[data-testid="match"][data-id="${match!.candidate.id}"]`);
    await candidate.getByRole('button', { name: '연락함' }).click();
    await candidate.locator('[data-testid="match-feedback"][data-decision="CONTACTED"]').waitFor();
    expect(await candidate.getByRole('button', { name: '연락함' }).getAttribute('aria-pressed')).toBe('true');
    const after = await apiMatches();
    expect(after.find((item) => item.candidate.id === match!.candidate.id)?.feedback).toEqual({
      decision: 'CONTACTED',
    });
    expect(await listedIds()).toEqual(after.map((item) => item.candidate.id));
  });

  it('switches to English and restores the view from the URL', async () => {
    const { page } = product;
    const expected = await apiMatches();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Partner matches' }).waitFor();
    const first = page.getByTestId('match').first();
    expect(await first.getByTestId('match-explanation').textContent()).toBe(expected[0]!.explanationEn);
    expect(await first.getByRole('button', { name: 'Contacted' }).count()).toBe(1);

    const chosen = new URL(page.url()).searchParams.get('cand');
    await page.reload();
    await page.locator(`[data-testid="match"][data-id="${chosen}"] .match__heading[aria-pressed="true"]`).waitFor();
    await page.getByTestId('introduction-paths').waitFor();
    await waitForStillLayout(page);
    const state = await cyState(page);
    const path = expected.find((item) => item.candidate.id === chosen)!.introductionPaths[0]!;
    for (const org of path.organizations) expect(state.nodes).toContain(org.id);
    await page.getByRole('button', { name: '한국어' }).click();
  });

  it('reads the matches for 서울대학교 시흥캠퍼스 from a link, drawing its best introducible candidate’s path', async () => {
    const { page } = product;
    const snu = 'ORG-SNU-SIHEUNG';
    const expected = await apiMatches(snu);
    const best = expected.find((match) => match.introductionPaths.length > 0)!;
    await page.goto(`${product.server.url}/?mode=matches&org=${snu}&for=${snu}&cand=${best.candidate.id}`);
    await page
      .locator(`[data-testid="match"][data-id="${best.candidate.id}"] .match__heading[aria-pressed="true"]`)
      .waitFor();
    expect(await listedIds()).toEqual(expected.map((match) => match.candidate.id));
    await waitForStillLayout(page);
    const highlighted = (await cyState(page)).classes;
    for (const org of best.introductionPaths[0]!.organizations) expect(highlighted[org.id]).toContain('highlighted');
    expect(await page.getByLabel('배치').inputValue()).toBe('breadthfirst');
    await saveScreenshot(page, 'explorer-matches-ko');
  });
});
