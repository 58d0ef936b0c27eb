import type { Page } from 'playwright-core';
import { trainingForms } from '@shared/schemas/record';
import { usePhoneSuite } from './phone-suite';
import type { TestServer } from './server';

jest.setTimeout(60_000);

let server: TestServer;
let page: Page;

/** Clicks a tab in Taro's H5 tab bar by its label. */
const tab = (label: string) => page.locator('.weui-tabbar__item', { hasText: label }).click();
/** Text of the page that is currently shown (Taro H5 keeps hidden tab pages in the DOM). */
const visible = (text: string) => page.getByText(text, { exact: true }).locator('visible=true').first();

usePhoneSuite({ api: false }, (s, p) => { server = s; page = p; });

describe('H5 build in headless Chromium (375×812)', () => {
  it('首页 says what the product is, in large text, and lists the training forms from shared/', async () => {
    await page.goto(server.url);
    await visible('师训学分').waitFor();
    await visible('教师继续教育学时学分').waitFor();
    await visible('老师，您好！').waitFor();
    // Body text ≥ 32 design px = 16 CSS px at 375 wide; the title much larger.
    const bodySize = await page.locator('.intro__body').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const titleSize = await page.locator('.intro__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(16);
    expect(titleSize).toBeGreaterThan(bodySize * 1.5);
    await page.locator('#forms-toggle').click();
    for (const form of trainingForms) await visible(`${form}培训`).waitFor();
    await page.screenshot({ path: '/tmp/client-h5-home.png' });
  });

  it('tab bar switches between 首页, 管理 and 我的', async () => {
    await page.goto(server.url);
    await visible('教师继续教育学时学分').waitFor();
    await tab('管理');
    await visible('请先登录').waitFor();
    expect(page.url()).toContain('#/pages/manage/index');
    await page.screenshot({ path: '/tmp/client-h5-manage.png' });
    await tab('我的');
    await visible('读取人员名单失败').waitFor();
    expect(page.url()).toContain('#/pages/mine/index');
    await tab('首页');
    await visible('教师继续教育学时学分').waitFor();
  });

  it('我的 shows a clear error with 重试 when no API is running, and recovers when it is', async () => {
    await page.goto(`${server.url}/#/pages/mine/index`);
    await visible('读取人员名单失败').waitFor();
    await visible('没有连上学分服务，请确认服务已经启动').waitFor();
    await page.screenshot({ path: '/tmp/client-h5-mine-error.png' });
    server.api = true;
    await page.locator('#status-error').getByText('重试').click();
    await visible('王芳').waitFor();
    await visible('教师、校长 · 城关第一小学').waitFor();
    await visible('进度落后').waitFor();
    await visible('县级管理员 · 示范县教育局').waitFor();
  });

  it('signs in by tapping a demo person; the token survives a reload and 首页 greets them', async () => {
    server.api = true;
    await page.goto(`${server.url}/#/pages/mine/index`);
    await visible('李强').click();
    await visible('当前登录').waitFor();
    await visible('教师、校长').waitFor();
    await page.screenshot({ path: '/tmp/client-h5-mine-signed-in.png' });
    const signIn = server.requests.find((r) => r.path === '/local/sign-in');
    expect(signIn?.body).toEqual({ personId: 'p-li' });
    const whoami = server.requests.filter((r) => r.path === '/api/fn/identity').at(-1);
    expect(whoami?.body).toEqual({ action: 'whoami' });
    expect(whoami?.auth).toMatch(/^Bearer tok_/);

    await tab('首页');
    await visible('李强，您好！').waitFor();
    await page.reload();
    await visible('李强，您好！').waitFor();
  });

  it('signs in with 姓名 + 绑定码, refusing a wrong code with the server’s message', async () => {
    server.api = true;
    await page.goto(`${server.url}/#/pages/mine/index`);
    await visible('王芳').waitFor();
    await page.screenshot({ path: '/tmp/client-h5-mine-list.png' });
    await page.locator('#code-form-name input').fill('赵敏');
    await page.locator('#code-form-code input').fill('ab2c3d4f');
    await page.locator('#code-form-submit').click();
    await visible('姓名或绑定码不正确').waitFor();
    await page.locator('#code-form-code input').fill('ab2c3d4e');
    await page.locator('#code-form-submit').click();
    await visible('当前登录').waitFor();
    await visible('赵敏').waitFor();
    expect(server.requests.filter((r) => r.path === '/local/sign-in').map((r) => r.body)).toEqual([
      { name: '赵敏', code: 'AB2C3D4F' }, { name: '赵敏', code: 'AB2C3D4E' },
    ]);
    await visible('退出登录').click();
    await visible('选择身份登录').waitFor();
    expect(server.requests.find((r) => r.path === '/local/sign-out')).toMatchObject({ auth: expect.stringMatching(/^Bearer tok_/) });
  });
});
