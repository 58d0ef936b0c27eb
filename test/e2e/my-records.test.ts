/**
 * 我的记录 → record detail → 撤回, and 学分进度 with its 年度 / 周期 tabs, on the real local
 * server (seeded demo county, temp data folder) serving the real H5 build, in headless
 * Chromium at 390×844. Needs `npm run build:h5` first (npm test does it).
 */
import { type Browser, type Page } from 'playwright-core';
import { startE2eStack, type E2eStack } from '../support/e2e-stack';
import { formatAmount } from '../../shared/credits';
import { mineData } from '../../shared/schemas/api/progress';
import { listData } from '../../shared/schemas/api/records';
import { progressReportSchema } from '../../shared/schemas/progress-report';

jest.setTimeout(120_000);

const NOW = '2026-11-22T06:00:00.000Z';

let stack: E2eStack;
let url: string;
let browser: Browser;
let page: Page;
let token: string;

async function post(route: string, body: unknown): Promise<{ ok: boolean; data?: unknown }> {
  const res = await fetch(`${url}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean; data?: unknown };
}

beforeAll(async () => {
  stack = await startE2eStack(NOW);
  ({ url, browser } = stack);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  page = await context.newPage();
  // 陈静 signs in on 我的 by tapping her name; the test keeps her token for its own API checks.
  await page.goto(`${url}/#/pages/mine/index`);
  await page.getByText('陈静', { exact: true }).locator('visible=true').first().click();
  await page.getByText('当前登录', { exact: true }).locator('visible=true').first().waitFor();
  token = JSON.parse(((await page.evaluate("localStorage.getItem('teacher-credits.token')")) as string | null) ?? '{}').data;
});
afterAll(async () => { await stack?.close(); });

const shown = (p: Page, sel: string) => p.locator(sel).locator('visible=true').first();

describe('陈静 in a phone browser', () => {
  it('我的记录 → the pending record → 撤回 after confirming; the server agrees', async () => {
    const list = listData.parse((await post('/api/fn/records', { action: 'list' })).data);
    const waiting = list.items.find((r) => r.status === 'submitted');
    if (!waiting) throw new Error('演示数据里陈静应有一条待审核记录');
    await page.goto(`${url}/#/my-records/list/index`);
    await shown(page, `#record-${waiting.id}`).waitFor();
    expect(await shown(page, '#record-count').textContent()).toBe(`共 ${list.total} 条，最新提交的在前`);
    expect(await shown(page, `#record-${waiting.id} .rchip`).textContent()).toBe('待审核');
    await page.screenshot({ path: '/tmp/my-records-list.png' });

    await shown(page, `#record-${waiting.id}`).click();
    const title = shown(page, '#record-credits-title');
    await title.waitFor();
    await page.waitForFunction("[...document.querySelectorAll('#record-credits-title')].some((e) => (e.textContent || '').startsWith('审核通过后 +'))");
    // The figure is what the server's engine says for this record if approved.
    const mine = mineData.parse((await post('/api/fn/progress', { action: 'mine', recordId: waiting.id })).data);
    const would = (mine.pending ?? []).find((p) => p.recordId === waiting.id);
    expect(await title.textContent()).toBe(`审核通过后 +${formatAmount(would!.credits, { unit: mine.unit })}`);
    await page.screenshot({ path: '/tmp/my-records-detail.png', fullPage: true });

    await shown(page, '#withdraw').click();
    await page.getByText('确定撤回', { exact: true }).click();
    await page.waitForFunction("[...document.querySelectorAll('#record-credits-title')].some((e) => e.textContent === '已撤回，不计学分')");
    const after = (await post('/api/fn/records', { action: 'get', recordId: waiting.id })).data as { record: { status: string } };
    expect(after.record.status).toBe('withdrawn');
  });

  it('学分进度: the year tab matches progress.mine line for line, records under their category; 周期 says there is none', async () => {
    const mine = mineData.parse((await post('/api/fn/progress', { action: 'mine' })).data);
    const report = progressReportSchema.parse(mine.report);
    const year = report.years.find((y) => y.year === 2026)!;
    await page.goto(`${url}/#/my-records/progress/index`);
    await shown(page, '#report-verdict').waitFor();
    expect(await shown(page, '#report-verdict').textContent()).toBe(`还差 ${report.verdict.shortfalls.length} 项`);
    for (const line of [year.total, ...year.categories]) {
      const text = (await shown(page, `#pline-${line.id}`).textContent()) ?? '';
      if (line.required !== null) expect(text).toContain(`${formatAmount(line.earned, { unit: '' })} / ${formatAmount(line.required, { unit: mine.unit })}`);
    }
    for (const r of report.records.filter((x) => x.counted)) {
      const under = await shown(page, `#filled-${r.recordId}`).evaluate((el) => el.closest('.rcat')?.querySelector('.pline')?.id);
      expect(under).toBe(`pline-${r.categoryId}`);
    }
    expect(await shown(page, '#deadline-ty-deadline-materials').textContent()).toContain('12月1日—12月10日');
    await page.screenshot({ path: '/tmp/my-records-progress.png', fullPage: true });
    await shown(page, '#tab-cycle').click();
    await page.getByText('这份政策只按年度考核，没有周期要求。').locator('visible=true').first().waitFor();
  });
});
