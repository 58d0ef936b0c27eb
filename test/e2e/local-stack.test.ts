/**
 * The whole local stack in a browser: the real local server (seeded demo county,
 * temp data folder) serving the real H5 build, driven by headless Chromium on a
 * phone viewport. Needs `npm run build:h5` first (npm test does it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createLocalServer, type LocalServer } from '../../cloudfunctions/_local/server';
import { runSeed, type SeedOutcome } from '../../cloudfunctions/_local/seed';

jest.setTimeout(90_000);

const CHROMIUM = '/usr/bin/chromium';
const clientDir = path.resolve(__dirname, '..', '..', 'client', 'dist', 'h5');

let dataDir: string;
let server: LocalServer;
let url: string;
let seed: SeedOutcome;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Text on the page currently shown (Taro H5 keeps hidden tab pages in the DOM). */
const visible = (text: string) => page.getByText(text, { exact: true }).locator('visible=true').first();

beforeAll(async () => {
  if (!existsSync(path.join(clientDir, 'index.html'))) throw new Error('缺少 client/dist/h5：请先运行 npm run build:h5');
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 ${CHROMIUM}：请先 apt-get install -y chromium`);
  dataDir = mkdtempSync(path.join(tmpdir(), 'credits-e2e-'));
  server = await createLocalServer({ dataDir, port: 0, clientDir });
  seed = await runSeed(server.store, server.files, new Date().toISOString());
  url = await server.listen();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  page = await context.newPage();
});
afterEach(async () => { await context.close(); });

describe('npm start in a phone browser', () => {
  it('lists the seeded demo people and signs in as a teacher, surviving a reload', async () => {
    await page.goto(`${url}/#/pages/mine/index`);
    await visible('选择身份登录').waitFor();
    await visible('刘淑琴').waitFor();
    await visible('教师、校长 · 通榆县第一中学').waitFor();
    await page.screenshot({ path: '/tmp/local-stack-picker.png' });
    await visible('张雅梅').click();
    await visible('当前登录').waitFor();
    await page.locator('#whoami').getByText('通榆县第一中学').waitFor();
    await page.reload();
    await visible('当前登录').waitFor();
    await page.locator('#whoami').getByText('张雅梅').waitFor();
    await page.screenshot({ path: '/tmp/local-stack-signed-in.png' });
    const sessions = await server.store.count('local_sessions', {});
    await visible('退出登录').click();
    await visible('选择身份登录').waitFor();
    // Signing out closes the session on the server too, not only in the browser.
    for (let i = 0; i < 20 && (await server.store.count('local_sessions', {})) !== sessions - 1; i += 1) await page.waitForTimeout(100);
    expect(await server.store.count('local_sessions', {})).toBe(sessions - 1);
  });

  it('signs in the unbound teacher with 姓名 + 绑定码 from the seed, refusing a wrong code', async () => {
    const code = seed.codes.find((c) => c.name === '高鹏')?.code ?? '';
    await page.goto(`${url}/#/pages/mine/index`);
    await visible('选择身份登录').waitFor();
    await page.locator('#code-form-name input').fill('高鹏');
    await page.locator('#code-form-code input').fill('ZZZZZZZZ');
    await page.locator('#code-form-submit').click();
    await page.locator('#code-form-error').getByText('姓名或绑定码不正确', { exact: false }).waitFor();
    await page.locator('#code-form-code input').fill(code);
    await page.locator('#code-form-submit').click();
    await visible('当前登录').waitFor();
    await page.locator('#whoami').getByText('通榆县新华小学').waitFor();
  });
});
