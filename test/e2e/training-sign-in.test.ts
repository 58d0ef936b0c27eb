/**
 * Issue 15 end to end on the real local server (seeded demo county, real H5 build): 王建国 (一中
 * principal) creates a 校本研修 session on his phone, three teachers sign in by SCANNING — the QR
 * image on his screen is captured, decoded with jsqr, and its URL opened in each teacher's
 * 390×844 page — he closes it, and each teacher's progress rises by what the shared engine says
 * the session's record adds. Browser and server share one fixed clock inside the sign-in window.
 */
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import type { BrowserContext, Page } from 'playwright-core';
import { startE2eStack, type E2eStack } from '../support/e2e-stack';
import { compilePolicy } from '../../shared/engine';
import { loadPolicy } from '../../shared/policies/load-policy';
import { mineData } from '../../shared/schemas/api/progress';
import { policyGetData } from '../../shared/schemas/api/policy';
import { progressReportSchema } from '../../shared/schemas/progress-report';
import { detailData } from '../../shared/schemas/api/training';
import { collections } from '../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../shared/schemas/domain/person';
import type { RecordDoc } from '../../shared/schemas/domain/record-doc';
import { teacherContextOf, toCreditRecord } from '../../cloudfunctions/_core/use-cases/progress/engine-input';

jest.setTimeout(240_000);

/** Monday 2026-11-23, 14:30 in Beijing: inside the form's default window (14:00—17:00 today). */
const NOW = '2026-11-23T06:30:00.000Z';
const TEACHERS = ['陈静', '赵磊', '张雅梅'];

let stack: E2eStack;
let url: string;

async function post(route: string, body: unknown, token?: string): Promise<{ ok: boolean; data?: unknown; error?: unknown }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return (await (await fetch(`${url}${route}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as { ok: boolean; data?: unknown };
}

async function phone(width = 390, height = 844): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', acceptDownloads: true });
  await context.clock.setFixedTime(new Date(NOW));
  return { context, page: await context.newPage() };
}
const shown = (p: Page, sel: string) => p.locator(sel).locator('visible=true').first();

/** Signs in on 我的 by tapping the name; answers the token for the test's own API checks. */
async function signIn(p: Page, name: string): Promise<string> {
  await p.goto(`${url}/#/pages/mine/index`);
  await p.getByText(name, { exact: true }).locator('visible=true').first().click();
  await p.getByText('当前登录', { exact: true }).locator('visible=true').first().waitFor();
  return JSON.parse(((await p.evaluate("localStorage.getItem('teacher-credits.token')")) as string | null) ?? '{}').data as string;
}

beforeAll(async () => {
  stack = await startE2eStack(NOW);
  url = stack.url;
});
afterAll(async () => { await stack?.close(); });

describe('培训签到: create, scan, close, credit', () => {
  it('three teachers sign in by scanning 王建国\'s code; closing credits each by the engine\'s figure', async () => {
    const org = await phone();
    const wangToken = await signIn(org.page, '王建国');

    // 新建培训 (校本研修 of 一中): the fields 通榆's policy needs — 专业 and a 专题.
    await org.page.goto(`${url}/#/training/create/index`);
    await shown(org.page, '#session-form').waitFor();
    expect(await shown(org.page, '#session-kind').textContent()).toBe('校本研修（本校组织）');
    await shown(org.page, '#input-title input').fill('大单元教学设计研讨');
    await shown(org.page, '#choice-content-1').click();
    await shown(org.page, '#input-topic input').fill('大单元教学');
    await shown(org.page, '#input-place input').fill('一中三楼会议室');
    await org.page.screenshot({ path: '/tmp/training-create.png' });
    await shown(org.page, '#session-create').click();

    // The live screen: the QR image, captured and decoded like a phone camera would.
    const image = shown(org.page, '#sign-in-code-image img');
    await image.waitFor();
    await org.page.waitForFunction("[...document.querySelectorAll('#sign-in-code-image img')].some((i) => i.complete && i.naturalWidth > 0)");
    await org.page.screenshot({ path: '/tmp/training-detail.png' });
    const shot = await image.screenshot();
    const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const qr = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    if (!qr) throw new Error('签到二维码没有读出来');
    expect(qr.data).toMatch(/#\/sign-in\/scan\/index\?code=[A-Z2-9]{10}$/);
    const printed = ((await shown(org.page, '#sign-in-code-text').textContent()) ?? '').replace(/\s/g, '');
    expect(qr.data.endsWith(`code=${printed}`)).toBe(true);
    const sessionId = new URL(org.page.url().replace('#/', '')).searchParams.get('id') ?? '';

    // Each teacher: her progress before, then the decoded URL in her phone page.
    const people = await stack.server.store.find<PersonDoc>(collections.people, {});
    const before = new Map<string, { token: string; earned: number }>();
    for (const name of TEACHERS) {
      const t = await phone();
      const token = await signIn(t.page, name);
      const mine = mineData.parse((await post('/api/fn/progress', { action: 'mine' }, token)).data);
      before.set(name, { token, earned: progressReportSchema.parse(mine.report).years.find((y) => y.year === 2026)!.total.earned });
      await t.page.goto(`${url}/${qr.data.slice(qr.data.indexOf('#'))}`);
      await t.page.locator('#signed-title', { hasText: '签到成功' }).locator('visible=true').first().waitFor();
      expect(await shown(t.page, '#signed-session').textContent()).toBe('大单元教学设计研讨');
      expect(await shown(t.page, '#signed-credit').textContent()).toBe('结束后自动计入 3 学时');
      if (name === TEACHERS[0]) await t.page.screenshot({ path: '/tmp/training-scan-ok.png' });
      await t.context.close();
    }

    // The live count reaches 3 by polling; then 结束并计入学时 after the confirmation.
    await org.page.locator('#signed-count .tcount__num', { hasText: '3' }).locator('visible=true').first().waitFor({ timeout: 20_000 });
    const detail = detailData.parse((await post('/api/fn/training', { action: 'get', sessionId }, wangToken)).data);
    await shown(org.page, '#session-close').click();
    await org.page.getByText('结束计入', { exact: true }).locator('visible=true').first().click();
    await org.page.locator('.tchip', { hasText: '已结束' }).locator('visible=true').first().waitFor({ timeout: 30_000 });

    // What the engine says the session's record adds to each teacher (not a hard-coded figure).
    const policyRes = policyGetData.parse((await post('/api/fn/policy', { action: 'get', year: 2026 }, wangToken)).data);
    const loaded = loadPolicy(policyRes.policy);
    if (!loaded.ok) throw new Error('政策无效');
    const compiled = compilePolicy(loaded.policy);
    for (const name of TEACHERS) {
      const person = people.find((p) => p.name === name)!;
      const approved = await stack.server.store.find<RecordDoc>(collections.records, { teacherId: person._id, status: 'approved' });
      const fromSession = approved.filter((r) => r.sessionId === sessionId);
      expect(fromSession).toHaveLength(1);
      expect(fromSession[0]!.source).toBe('sign-in');
      expect(fromSession[0]!.input).toMatchObject({ ...detail.session.template, hours: 3, startDate: '2026-11-23', endDate: '2026-11-23' });
      const ctx = teacherContextOf(person);
      const year = (records: RecordDoc[]) => compiled.compute(records.map(toCreditRecord), ctx, '2026-11-23', { year: 2026 }).years.find((y) => y.year === 2026)!.total.earned;
      const rise = year(approved) - year(approved.filter((r) => r.sessionId !== sessionId));
      expect(rise).toBeGreaterThan(0);
      const after = mineData.parse((await post('/api/fn/progress', { action: 'mine' }, before.get(name)!.token)).data);
      expect(progressReportSchema.parse(after.report).years.find((y) => y.year === 2026)!.total.earned - before.get(name)!.earned).toBe(rise);
    }
    await org.page.screenshot({ path: '/tmp/training-closed.png' });

    // 导出签到表: the A4 sheet downloads with every expected teacher, the three who scanned with their time.
    const [download] = await Promise.all([org.page.waitForEvent('download'), shown(org.page, '#session-export').click()]);
    expect(download.suggestedFilename()).toMatch(/签到表.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await download.createReadStream()).toArray().then((parts) => Buffer.concat(parts))));
    const sheet = book.worksheets[0]!;
    expect(sheet.pageSetup.paperSize).toBe(9); // A4
    const rows: string[] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (v == null ? '' : String(v))).join('|')));
    for (const name of TEACHERS) expect(rows.some((r) => r.includes(name) && /\d{2}:\d{2}/.test(r))).toBe(true);
    await org.context.close();
  });

  it('陈静 sees the credited session in 我的培训 and opts in to reminders there (one consent per kind)', async () => {
    const t = await phone();
    await signIn(t.page, '陈静');
    await t.page.goto(`${url}/#/sign-in/mine/index`);
    await shown(t.page, '#my-trainings').waitFor();
    expect(await shown(t.page, '#my-trainings').textContent()).toContain('已计入 3 学时');
    await shown(t.page, '#reminder-opt-in').waitFor();
    expect(await shown(t.page, '#reminder-new-session').textContent()).toBe('新培训通知：未开启');
    await shown(t.page, '#reminder-ask').click();
    await shown(t.page, '#reminder-note').waitFor();
    await t.page.locator('#reminder-new-session', { hasText: '还会提醒 1 次' }).locator('visible=true').first().waitFor();
    const chen = (await stack.server.store.find<PersonDoc>(collections.people, { name: '陈静' }))[0]!;
    const consents = await stack.server.store.find<{ _id: string; remaining?: number }>(collections.messageConsents, {});
    expect(consents.filter((c) => c._id.startsWith(`${chen._id}:`)).map((c) => c._id).sort()).toEqual([`${chen._id}:gap`, `${chen._id}:new-session`]);
    await t.page.screenshot({ path: '/tmp/training-mine.png', fullPage: true });
    await t.context.close();
  });
});
