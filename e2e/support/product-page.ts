// One product server, one Chromium and one page for a whole e2e file: registers the beforeAll/afterAll that
// every explorer test file needs, and hands out what they opened.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startProductServer, type ProductServer, type ProductServerOptions } from './product-server.ts';

export interface ProductPage {
  readonly server: ProductServer;
  readonly browser: Browser;
  readonly page: Page;
}

export interface ProductPageOptions {
  /** Another Neo4j than the tests' own (e.g. one the file starts and stops). */
  neo4j?: ProductServerOptions['neo4j'];
  acceptDownloads?: boolean;
}

/** Call at the top level of a test file; read the fields inside tests (they exist once beforeAll has run). */
export function useProductPage(options: ProductPageOptions = {}): ProductPage {
  let opened: ProductPage | undefined;
  beforeAll(async () => {
    const server = await startProductServer({ neo4j: options.neo4j });
    const browser = await launchBrowser();
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: options.acceptDownloads ?? false,
    });
    opened = { server, browser, page };
  });
  afterAll(async () => {
    await opened?.browser.close();
    await opened?.server.close();
  });
  const current = (): ProductPage => {
    if (opened === undefined) throw new Error('e2e: useProductPage() fields are read before beforeAll ran');
    return opened;
  };
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    get page() {
      return current().page;
    },
  };
}
