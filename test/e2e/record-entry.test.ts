/**
 * 登记证书 on the real local server + H5 build in headless Chromium at 390×844
 * (issue 7 item 10): 陈静 picks a 12-megapixel photo, watches it upload, sees the
 * phone's preview (equal to records.preview), submits and sees 待审核; after approval
 * her progress rises by exactly the promised credits. 赵磊 fixes the one returned field
 * and resubmits. A submit whose answer is lost (network gone mid-submit) lands once.
 * Needs `npm run build:h5` (npm test does it).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startE2eStack, type E2eStack } from '../support/e2e-stack';
import { formatAmount } from '../../shared/credits';
import { listData, previewData } from '../../shared/schemas/api/records';
import { mineData } from '../../shared/schemas/api/progress';
import { progressReportSchema, type ProgressReport } from '../../shared/schemas/progress-report';

// Browser globals, used only inside page.evaluate callbacks (the root tsconfig has no DOM lib,
// and adding it would retype Node's fetch for every other test).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const localStorage: { getItem(key: string): string | null };
type HTMLElement = { style: { width: string } };
/* eslint-enable @typescript-eslint/no-explicit-any */

jest.setTimeout(180_000);

const E2E_NOW = '2026-11-22T06:00:00.000Z';
const TODAY = '2026-11-22';

let stack: E2eStack;
let dataDir: string;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let photoFile: string;
const tokens = new Map<string, string>();

const visible = (text: string) => page.getByText(text, { exact: true }).locator('visible=true').first();

async function api(name: string, route: string, body: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }> {
  const token = await tokenOf(name);
  const res = await fetch(`${url}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean; data?: unknown };
}

async function tokenOf(name: string): Promise<string> {
  const hit = tokens.get(name);
  if (hit) return hit;
  const people = await (await fetch(`${url}/local/demo-people`)).json() as { data: { people: { personId: string; name: string }[] } };
  const personId = people.data.people.find((p) => p.name === name)?.personId;
  const res = await fetch(`${url}/local/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personId }) });
  const token = ((await res.json()) as { data: { token: string } }).data.token;
  tokens.set(name, token);
  return token;
}

async function myRecords(name: string) {
  const res = await api(name, '/api/fn/records', { action: 'list', limit: 100 });
  return listData.parse(res.data).items;
}

async function yearTotal(name: string): Promise<number> {
  const mine = mineData.parse((await api(name, '/api/fn/progress', { action: 'mine' })).data);
  return progressReportSchema.parse(mine.report).years.find((y) => y.year === 2026)!.total.earned;
}

async function signInAndGoHome(name: string) {
  await page.goto(`${url}/#/pages/mine/index`);
  await visible(name).click();
  await visible('当前登录').waitFor();
  await page.locator('.weui-tabbar__item', { hasText: '首页' }).click();
  await page.locator('#open-record-entry').locator('visible=true').waitFor();
  await page.screenshot({ path: `/tmp/entry-home-${name}.png` });
}

async function signInAndOpenEntry(name: string) {
  await signInAndGoHome(name);
  await page.locator('#open-record-entry').locator('visible=true').click();
  await page.locator('#entry-form').waitFor();
}

/** The way she reaches a returned record: 首页 → 我的记录 → the record → 修改后重新提交. */
async function signInAndOpenResubmit(name: string, recordId: string) {
  await signInAndGoHome(name);
  await page.locator('#open-my-records').locator('visible=true').click();
  await page.locator(`#record-${recordId}`).locator('visible=true').click();
  await page.locator('#resubmit').locator('visible=true').click();
  await page.locator('#entry-form').waitFor();
}

/** A 4000×3000 photo-like JPEG (gradients, text, grain), made by Chromium itself. */
async function makePhoto(p: Page): Promise<Buffer> {
  const b64 = await p.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 4000; c.height = 3000;
    const g = c.getContext('2d')!;
    const grad = g.createLinearGradient(0, 0, 4000, 3000);
    grad.addColorStop(0, '#f4ecd8'); grad.addColorStop(1, '#d9cdb0');
    g.fillStyle = grad; g.fillRect(0, 0, 4000, 3000);
    g.strokeStyle = '#b22222'; g.lineWidth = 40; g.strokeRect(200, 200, 3600, 2600);
    g.fillStyle = '#b22222'; g.font = 'bold 260px sans-serif'; g.fillText('结业证书', 1450, 700);
    g.fillStyle = '#333'; g.font = '110px sans-serif';
    for (let i = 0; i < 9; i += 1) g.fillText(`陈静同志参加2026年通榆县培训第${i + 1}行，学时合格，特发此证。`, 420, 1000 + i * 180);
    const img = g.getImageData(0, 0, 4000, 3000);
    for (let i = 0; i < img.data.length; i += 4) { const n = (Math.random() - 0.5) * 18; img.data[i] += n; img.data[i + 1] += n; img.data[i + 2] += n; }
    g.putImageData(img, 0, 0);
    const blob: Blob = await new Promise((r) => c.toBlob((b: Blob | null) => r(b as Blob), 'image/jpeg', 0.92));
    const buf = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < buf.length; i += 1) s += String.fromCharCode(buf[i]!);
    return btoa(s);
  });
  return Buffer.from(b64, 'base64');
}

async function pickDate(id: string) {
  await page.locator(`#date-${id}`).click();
  await page.locator('.weui-picker__action', { hasText: '确定' }).locator('visible=true').click();
}

async function fillTongyuForm(title: string) {
  await page.locator('#input-title input').fill(title);
  await page.locator('#input-hours input').fill('8');
  await pickDate('startDate');
  await pickDate('endDate');
  await page.locator('#field-form').getByText('集中', { exact: true }).click();
  await page.locator('#field-level').getByText('县', { exact: true }).click();
  await page.locator('#field-content').getByText('专业', { exact: true }).click();
  await page.locator('#input-topic input').fill('大单元教学');
}

const draftOf = (title: string) => ({
  title, organizer: '', hours: 8, startDate: TODAY, endDate: TODAY, form: '集中', level: '县', content: '专业', tags: [], topic: '大单元教学', hasCertificate: true,
});

async function attachPhoto() {
  await page.locator('#photo-input-album').setInputFiles(photoFile);
}

beforeAll(async () => {
  stack = await startE2eStack(E2E_NOW);
  ({ url, dataDir, browser } = stack);
  const scratch = await browser.newPage();
  photoFile = path.join(dataDir, 'certificate-12mp.jpg');
  writeFileSync(photoFile, await makePhoto(scratch));
  await scratch.close();
});
afterAll(async () => { await stack?.close(); });
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  page = await context.newPage();
  await page.clock.setFixedTime(new Date(E2E_NOW));
});
afterEach(async () => { await context.close(); });

describe('登记证书 in a phone browser', () => {
  it('陈静: photo with progress, preview equal to records.preview, 待审核, and approval adds exactly the promised credits', async () => {
    await signInAndOpenEntry('陈静');
    await page.screenshot({ path: '/tmp/entry-empty.png', fullPage: true });
    // Slow the upload so its progress is visible (≈ 400 KB at 60 KB/s).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 500_000, uploadThroughput: 60_000 });
    await attachPhoto();
    const state = page.locator('.photo__state').first();
    await page.getByText(/上传中 [1-9]\d?%/).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: '/tmp/entry-uploading.png' });
    await state.getByText(/已上传/).waitFor({ timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await page.locator('.photo__fill').first().evaluate((el) => (el as HTMLElement).style.width)).toBe('100%');
    const uploadedText = (await state.textContent()) ?? '';
    const kb = Number(/(\d+) KB/.exec(uploadedText)?.[1] ?? 'NaN');
    console.log(`12 MP 照片：原始 ${(await import('node:fs')).statSync(photoFile).size} 字节 → 上传 ${uploadedText}`);
    expect(kb).toBeLessThanOrEqual(400);

    const title = '2026年通榆县初中英语大单元教学培训';
    await fillTongyuForm(title);
    const preview = page.locator('#preview-main');
    await preview.getByText('这张证书预计计入', { exact: false }).waitFor();

    // The same draft, asked of the server.
    const server = previewData.parse((await api('陈静', '/api/fn/records', { action: 'preview', year: 2026, draft: draftOf(title) })).data);
    const report: ProgressReport = progressReportSchema.parse(server.report);
    const rec = report.records.find((r) => r.recordId === 'draft')!;
    const year = report.years.find((y) => y.year === 2026)!;
    expect(rec.counted).toBe(true);
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain(`${formatAmount(rec.countedInYear)}`);
    expect(text).toContain(rec.categoryName!);
    expect(text).toContain(`本年度还差 ${formatAmount(year.total.shortfall)}`);
    const steps = await page.locator('.preview__step-text').allTextContents();
    expect(steps).toEqual(rec.steps.map((s, i) => `${i + 1}. ${s.text}`));
    await page.screenshot({ path: '/tmp/entry-filled.png', fullPage: true });
    await page.locator('#preview').screenshot({ path: '/tmp/entry-preview.png' });
    await page.locator('#record-form').screenshot({ path: '/tmp/entry-form.png' });

    const before = await yearTotal('陈静');
    await page.locator('#submit').click();
    await page.locator('#outcome-status').getByText('状态：待审核').waitFor();
    await page.screenshot({ path: '/tmp/entry-submitted.png' });
    const mine = (await myRecords('陈静')).filter((r) => r.input.title === title);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.status).toBe('submitted');
    expect(mine[0]!.certificates).toHaveLength(1);
    expect(mine[0]!.certificates[0]!.size).toBeLessThanOrEqual(400 * 1024);

    const approved = await api('孙丽华', '/api/fn/review', { action: 'approve', recordId: mine[0]!.id, version: mine[0]!.version });
    expect(approved.ok).toBe(true);
    expect((await yearTotal('陈静')) - before).toBe(rec.countedInYear);
  });

  it('赵磊: a record returned with a reason and one field — only that field is editable; resubmitted', async () => {
    const pending = (await myRecords('赵磊')).find((r) => r.status === 'submitted')!;
    const ret = await api('孙丽华', '/api/fn/review', { action: 'return', recordId: pending.id, version: pending.version, reason: '学时与证书不符，证书上是 12 学时', fields: ['hours'] });
    expect(ret.ok).toBe(true);
    await signInAndOpenResubmit('赵磊', pending.id);
    await page.locator('#return-reason').getByText('退回原因：学时与证书不符，证书上是 12 学时').waitFor();
    expect(await page.locator('#input-title').count()).toBe(0); // locked: shown as text
    expect(await page.locator('#field-title').textContent()).toContain(pending.input.title);
    await expect(page.locator('#field-hours.entry-field--flagged').count()).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/entry-resubmit.png', fullPage: true });
    await page.locator('#input-hours input').fill('12');
    await page.locator('#submit').click();
    await page.locator('#outcome-status').getByText('状态：待审核').waitFor();
    const after = (await myRecords('赵磊')).find((r) => r.id === pending.id)!;
    expect(after.status).toBe('resubmitted');
    expect(after.input).toEqual({ ...pending.input, hours: 12 });
    expect(after.certificates).toEqual(pending.certificates.map(({ url: _u, ...c }) => c));
  });

  it('network lost mid-submit: 待上传 on the phone, sent on reconnect, exactly one record', async () => {
    await signInAndOpenEntry('陈静');
    await attachPhoto();
    await page.locator('.photo__state').first().getByText(/已上传/).waitFor({ timeout: 60_000 });
    const title = '2026年通榆县英语课堂观察专题培训';
    await fillTongyuForm(title);
    // The server gets the submit and stores the record, but the answer never reaches the phone.
    let cut = false;
    await page.route('**/api/fn/records', async (route) => {
      const body = route.request().postDataJSON() as { action?: string };
      if (body.action === 'submit' && !cut) {
        cut = true;
        await route.fetch();
        await context.setOffline(true);
        await route.abort('internetdisconnected');
        return;
      }
      await route.continue();
    });
    await page.locator('#submit').click();
    await page.locator('#outcome-status').getByText('状态：待上传').waitFor();
    await page.screenshot({ path: '/tmp/entry-queued.png' });
    const queued = await page.evaluate(() => localStorage.getItem('teacher-credits.outbox') ?? '');
    expect(queued).toContain(title);
    await context.setOffline(false);
    for (let i = 0; i < 100 && (await page.evaluate(() => localStorage.getItem('teacher-credits.outbox') ?? '')).includes(title); i += 1) await page.waitForTimeout(100);
    expect(await page.evaluate(() => localStorage.getItem('teacher-credits.outbox') ?? '')).not.toContain(title);
    await page.locator('#outcome-status').getByText('状态：待审核').waitFor();
    expect((await myRecords('陈静')).filter((r) => r.input.title === title)).toHaveLength(1);
  });
});
