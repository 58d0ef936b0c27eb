import type { Page } from 'playwright-core';
import { usePhoneSuite } from './phone-suite';
import type { TestServer } from './server';

jest.setTimeout(60_000);

let server: TestServer;
let page: Page;

const tab = (label: string) => page.locator('.weui-tabbar__item', { hasText: label }).click();
const visible = (text: string) => page.getByText(text, { exact: true }).locator('visible=true').first();
const card = () => page.locator('#progress').locator('visible=true');

/** Signs in on 我的 by tapping a demo person, then opens 首页. */
async function signInAndGoHome(name: string) {
  await page.goto(`${server.url}/#/pages/mine/index`);
  await visible(name).click();
  await visible('当前登录').waitFor();
  await tab('首页');
  await visible(`${name}，您好！`).waitFor();
}

/** WCAG contrast ratio of an element's text colour on white. */
const contrastOnWhite = (selector: string) => page.locator(selector).first().evaluate((el) => {
  const [r, g, b] = (getComputedStyle(el).color.match(/\d+/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return 1.05 / (l + 0.05);
});
const fontPx = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

usePhoneSuite({ api: true }, (s, p) => { server = s; page = p; });

describe('首页 本年度进度 in headless Chromium (375×812)', () => {
  it('a teacher far behind sees the verdict, every line with units, 专题, bars and the pending note, large and legible', async () => {
    await signInAndGoHome('王芳');
    await card().getByText('还差 6 项', { exact: true }).waitFor();
    for (const text of ['本年度进度 · 2026 年度', '年度总学分', '14 / 90 学分', '还差 76 学分', '集中培训', '8 / 20 学分',
      '专题 1 / 5 个', '还差 12 学分，还差 4 个专题', '数字化专项培训', '0 / 30 学时', '另有 1 条记录在审核，通过后计入。']) {
      await card().getByText(text, { exact: true }).first().waitFor();
    }
    // Large text (≥ 32 design px = 16 CSS px at 375 wide), the verdict much larger; high contrast.
    for (const sel of ['#pline-total .pline__name', '#pline-total .pline__figure', '#pline-total .pline__short', '.progress__pending']) {
      expect(await fontPx(`#progress ${sel}`)).toBeGreaterThanOrEqual(16);
    }
    expect(await fontPx('#progress-verdict')).toBeGreaterThanOrEqual(26);
    for (const sel of ['#progress-verdict', '#pline-total .pline__figure', '#pline-total .pline__short', '#pline-gongxu .pline__name']) {
      expect(await contrastOnWhite(`#progress ${sel}`)).toBeGreaterThanOrEqual(7);
    }
    // 集中培训 sits indented under 专业科目; its bar is filled to the engine's 40 %.
    const x = (id: string) => page.locator(`#pline-${id} .pline__name`).evaluate((el) => el.getBoundingClientRect().left);
    expect(await x('zhuanye-jizhong')).toBeGreaterThan(await x('zhuanye'));
    const ratio = await page.locator('#pline-zhuanye-jizhong .pbar').evaluate((bar) =>
      (bar.firstElementChild as HTMLElement).getBoundingClientRect().width / bar.getBoundingClientRect().width);
    expect(ratio).toBeCloseTo(0.4, 2);
    expect(server.requests.filter((r) => r.path === '/api/fn/progress').map((r) => r.body)).toEqual([{ action: 'mine' }]);
    // Signed in, the intro shrinks to the name so the verdict is in the first screen.
    expect(await page.locator('#progress-verdict').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(812 - 60);
    await page.screenshot({ path: '/tmp/client-h5-home-progress.png' });
    await page.locator('#pline-ty-target-digital').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/client-h5-home-progress-2.png' });
  });

  it('a principal who also teaches and is through sees 已达标 with every line done', async () => {
    await signInAndGoHome('李强');
    await card().getByText('已达标', { exact: true }).waitFor();
    await card().getByText('92.5 / 90 学分', { exact: true }).waitFor();
    expect(await card().getByText('✓ 已完成', { exact: true }).count()).toBe(7);
    expect(await page.locator('#progress-pending').count()).toBe(0);
  });

  it('a pure county admin sees a short note and progress.mine is not asked', async () => {
    await signInAndGoHome('周敏');
    await visible('您是县级管理员，没有个人学分要求。全县的统计将在「管理」页提供。').waitFor();
    expect(server.requests.some((r) => r.path === '/api/fn/progress')).toBe(false);
  });

  it('a network failure shows 重试, which brings the figures', async () => {
    server.failProgress = true;
    await signInAndGoHome('王芳');
    await visible('进度暂时读不出来').waitFor();
    await visible('网络不太好，请稍后重试').waitFor();
    await page.screenshot({ path: '/tmp/client-h5-progress-error.png' });
    server.failProgress = false;
    await page.locator('#progress-status').getByText('重试', { exact: true }).click();
    await card().getByText('还差 6 项', { exact: true }).waitFor();
  });
});
