/**
 * The page's plain-HTML 首页 (decision 013) in a real browser on the real H5
 * build: a signed-in teacher sees her figures before the app's code arrives,
 * the app takes over without asking the network for them again, and other
 * routes never show it. Needs `npm run build:h5` first (npm test does it).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startE2eStack, type E2eStack } from '../support/e2e-stack';

jest.setTimeout(90_000);

let stack: E2eStack;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack('2026-11-22T06:00:00.000Z');
  ({ url, browser } = stack);
});
afterAll(async () => { await stack?.close(); });
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  page = await context.newPage();
});
afterEach(async () => { await context.close(); });

/** Signs in on 我的 by tapping a demo person (the app writes its token and cookie). */
async function signIn(name: string): Promise<void> {
  await page.goto(`${url}/#/pages/mine/index`);
  await page.getByText(name, { exact: true }).locator('visible=true').first().click();
  await page.getByText('当前登录', { exact: true }).locator('visible=true').first().waitFor();
}

/** The app's code arrives 1.5 s late, as on a slow line, so the page's own 首页 can be seen and tapped. */
async function slowScripts(): Promise<void> {
  await page.route('**/js/**', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
}

/** API calls the page makes from now on, as `name.action`. */
function apiCalls(): string[] {
  const calls: string[] = [];
  page.on('request', (req) => {
    const fn = /\/api\/fn\/(\w+)$/.exec(req.url())?.[1];
    if (fn) calls.push(`${fn}.${String((req.postDataJSON() as { action?: string } | null)?.action)}`);
  });
  return calls;
}

it('a signed-in teacher reopening the app sees her verdict in the page itself, then the app takes over without asking again', async () => {
  await signIn('陈静');
  const calls = apiCalls();
  await slowScripts();
  await page.goto('about:blank');
  await page.goto(`${url}/#/pages/home/index`, { waitUntil: 'commit' });
  const early = await page.locator('#first-paint-verdict').textContent();
  expect(early).toMatch(/还差 \d+ 项|已达标/);
  await page.locator('#first-paint').waitFor({ state: 'detached' });
  await expect(page.locator('#progress-verdict').textContent()).resolves.toBe(early);
  await page.locator('#open-record-entry').waitFor();
  expect(calls.filter((c) => c === 'identity.whoami' || c === 'progress.mine')).toEqual([]);
});

it('a tap on 我的记录 in the page before the app is ready lands on 我的记录', async () => {
  await signIn('陈静');
  await slowScripts();
  await page.goto('about:blank');
  await page.goto(`${url}/#/pages/home/index`, { waitUntil: 'commit' });
  await page.locator('#first-paint a', { hasText: '我的记录' }).click();
  // The first paint leaves on the hashchange the tap causes (an event, so a moment after the click).
  await page.locator('#first-paint').waitFor({ state: 'detached', timeout: 5_000 });
  await page.getByText(/最新提交的在前/).locator('visible=true').first().waitFor();
  expect(page.url()).toContain('#/my-records/list/index');
});

it('opening another page directly never shows the 首页 overlay, and signing out takes her figures out of the page', async () => {
  await signIn('陈静');
  await page.goto(`${url}/#/pages/mine/index`);
  await expect(page.locator('#first-paint').count()).resolves.toBe(0);
  await page.getByText('退出登录', { exact: true }).locator('visible=true').first().click();
  const modal = page.locator('.taro-modal__foot div', { hasText: /确定|退出/ });
  if (await modal.count()) await modal.first().click();
  await page.getByText('当前登录', { exact: true }).waitFor({ state: 'hidden' });
  const html = await (await page.request.get(`${url}/`)).text();
  expect(html).not.toContain('陈静');
  expect(html).toContain('正在打开');
});
