/**
 * 王建国 clears part of his queue on a phone-sized window against the real local server
 * (seeded demo county, real H5 build): returns one record with a reason and a field,
 * batch-approves three, and sees the school view change. Needs `npm run build:h5`.
 */
import { type Browser, type Page } from 'playwright-core';
import { startE2eStack, type E2eStack } from '../support/e2e-stack';
import { formatAmount } from '../../shared/credits';
import { teachersData } from '../../shared/schemas/api/progress';
import type { RecordDoc } from '../../shared/schemas/domain/record-doc';

jest.setTimeout(180_000);

const E2E_NOW = '2026-11-22T06:00:00.000Z';

let stack: E2eStack;
let server: E2eStack['server'];
let url: string;
let browser: Browser;
let page: Page;

const visible = (text: string) => page.getByText(text, { exact: true }).locator('visible=true').first();
const shown = (selector: string) => page.locator(selector).locator('visible=true').first();

async function post(route: string, body: unknown, token?: string): Promise<{ ok: boolean; data?: unknown }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return (await (await fetch(`${url}${route}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as { ok: boolean; data?: unknown };
}

/** The school table as the server answers it to 王建国 (his own session). */
async function schoolRows(token: string) {
  const res = await post('/api/fn/progress', { action: 'teachers', limit: 100 }, token);
  if (!res.ok) throw new Error(JSON.stringify(res));
  return teachersData.parse(res.data);
}

beforeAll(async () => {
  stack = await startE2eStack(E2E_NOW);
  ({ url, server, browser } = stack);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  page = await context.newPage();
});
afterAll(async () => { await stack?.close(); });

describe('王建国 reviews on a phone', () => {
  it('returns one record with a reason and a field, batch-approves three, and the school view changes', async () => {
    const people = await (await fetch(`${url}/local/demo-people`)).json() as { data: { people: { personId: string; name: string }[] } };
    const wang = people.data.people.find((p) => p.name === '王建国');
    const token = ((await post('/local/sign-in', { personId: wang?.personId })).data as { token: string }).token;
    const before = await schoolRows(token);

    await page.goto(`${url}/#/pages/mine/index`);
    await visible('王建国').click();
    await visible('当前登录').waitFor();
    await page.locator('.weui-tabbar__item', { hasText: '管理' }).click();
    const queue = await post('/api/fn/review', { action: 'queue', limit: 1 }, token);
    const pendingBefore = (queue.data as { total: number }).total;
    await shown('#hub-pending').waitFor();
    await page.locator('#hub-pending', { hasText: /\d+ 条/ }).locator('visible=true').first().waitFor();
    const hubCount = Number(/(\d+)/.exec((await shown('#hub-pending').textContent()) ?? '')?.[1]);
    expect(hubCount).toBeGreaterThanOrEqual(4);
    expect(hubCount).toBe(pendingBefore);

    // Return the oldest record: 照片不清晰 (marks 证书照片) + 学时, plus a sentence.
    await shown('#hub-queue').click();
    await shown('.qrow').waitFor();
    const firstTitle = (await shown('.qrow .qrow__title').textContent()) ?? '';
    await shown('.qrow').click();
    await shown('#review-return').click();
    await shown('#reason-0').click();
    await shown('#return-field-hours').click();
    await shown('#reason-text textarea').fill('请补拍证书，学时按证书填写');
    await page.screenshot({ path: '/tmp/e2e-manage-return.png' });
    await shown('#return-send').click();
    await shown('#review-done').waitFor();
    expect(await shown('#review-done').textContent()).toBe('本次已处理 1 条');
    const returned = (await server.store.find<RecordDoc>('records', { status: 'returned', reviewedAt: E2E_NOW }))
      .filter((r) => firstTitle.startsWith(r.input.title));
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ returnReason: '照片不清晰；请补拍证书，学时按证书填写', returnFields: ['certificates', 'hours'] });

    // Back to the list; batch-approve the next three.
    await shown('#review-back').click();
    await shown('#batch-start').click();
    const rows = page.locator('.qrow').locator('visible=true');
    const names: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      names.push(((await rows.nth(i).locator('.qrow__name').textContent()) ?? '').trim());
      await rows.nth(i).click();
    }
    await shown('#batch-bar').getByText('已选 3 条').waitFor();
    await shown('#batch-confirm').click();
    await shown('#batch-summary').getByText('确认通过这 3 条记录？').waitFor();
    await page.screenshot({ path: '/tmp/e2e-manage-batch-confirm.png' });
    await shown('#batch-send').click();
    await shown('#batch-result').getByText('已通过 3 条').waitFor();
    expect(await server.store.count('records', { status: 'approved', reviewedAt: E2E_NOW })).toBe(3);
    await page.screenshot({ path: '/tmp/e2e-manage-batch-result.png' });
    await shown('#batch-finish').click();

    // The school view: what the server now says, and it differs from before for those teachers.
    const after = await schoolRows(token);
    await page.goto(`${url}/#/manage/school/index`);
    await shown('#teacher-table').waitFor();
    for (const name of new Set(names)) {
      const was = before.items.find((r) => r.name === name);
      const now = after.items.find((r) => r.name === name);
      if (!was || !now) throw new Error(`school view lacks ${name}`);
      expect(now.pendingCount).toBeLessThan(was.pendingCount);
      expect(now.shortfall).toBeLessThanOrEqual(was.shortfall);
      const row = (await shown(`#teacher-${now.teacherId}`).textContent()) ?? '';
      expect(row).toContain(now.pendingCount > 0 ? `${now.pendingCount} 条待审` : '—');
      expect(row).toContain(`完成 ${now.percent}%`);
      if (now.standing !== 'met') expect(row).toContain(`还差 ${formatAmount(now.shortfall, { unit: '学分' })}`);
    }
    expect(after.items.reduce((n, r) => n + r.pendingCount, 0)).toBe(before.items.reduce((n, r) => n + r.pendingCount, 0) - 4);
    await page.screenshot({ path: '/tmp/e2e-manage-school.png' });
  });
});
