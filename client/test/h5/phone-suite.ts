/**
 * The lifecycle every H5 browser test file shares: one fake-API server and one
 * Chromium per file, and a fresh phone-sized context (empty storage) per test.
 * `bind` hands the current server and page to the file's own variables.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, phoneContext } from './browser';
import { assertBuilt, startServer, type TestServer } from './server';

export function usePhoneSuite(options: { api: boolean }, bind: (server: TestServer, page: Page) => void): void {
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;

  beforeAll(async () => {
    assertBuilt();
    server = await startServer({ api: options.api });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // Each test starts from the file's default API state, whatever the last test switched.
    server.api = options.api;
    server.failProgress = false;
    server.requests.length = 0;
    context = await phoneContext(browser);
    bind(server, await context.newPage());
  });
  afterEach(async () => { await context.close(); });
}
