// The product on a network without internet access: with every request to another host blocked, the explorer draws
// the network and GraphiQL (at /graphql) runs a query typed into its editor. No request leaves for another host, and
// the Content-Security-Policy the server sends refuses nothing the pages need.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForNode } from './support/cy-state.ts';
import { useProductPage } from './support/product-page.ts';

const product = useProductPage();
/** Requests the pages tried to send to any other host (all blocked). */
const elsewhere: string[] = [];
/** CSP violations reported by the pages, and console lines about CSP. */
const violations: string[] = [];

beforeAll(async () => {
  const origin = new URL(product.server.url).origin;
  const context = product.page.context();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url) || new URL(url).origin === origin) return route.continue();
    elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  product.page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
});

const text = (page: Page, selector: string) =>
  page
    .locator(selector)
    .innerText()
    .then((value) => value.replace(/\s+/g, ' '));

describe('the product without internet access', () => {
  it('draws the explorer with everything served by the product', async () => {
    await product.page.goto(product.server.url);
    await waitForNode(product.page, 'ORG-SNU-SIHEUNG', 100);
    await product.page.evaluate(() => document.fonts.ready);
    const fonts = await product.page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('runs a query typed into GraphiQL at /graphql and shows the answer', async () => {
    const { page } = product;
    await page.goto(`${product.server.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+KeyA');
    await page.keyboard.press('Backspace');
    // The editor closes the brace itself: this leaves `{ ok}`.
    await page.keyboard.type('{ ok');
    // GraphiQL reads the operation from the editor a moment after typing (a click before runs the example's
    // operation name against the new text): click again until the answer is the typed query's.
    const run = page.getByRole('button', { name: /Execute query/ });
    await expect
      .poll(
        async () => {
          await run.click();
          await page.waitForTimeout(300);
          return text(page, '.graphiql-response');
        },
        { timeout: 30_000 },
      )
      .toMatch(/"ok": true/);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
  });
});
