/**
 * The page the local server makes per request (decision 013): a signed-in
 * teacher's 首页 printed into it from the same answers the app would ask for,
 * and those answers carried for the app. Nobody else's data, no stale session,
 * nothing cached.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verdictText } from '../../../shared/home-view/progress-text';
import { demoPeopleData } from '../../../shared/schemas/api/local';
import { progressReportSchema } from '../../../shared/schemas/progress-report';
import { escapeHtml } from '../../../cloudfunctions/_local/first-paint/render-home';
import { sessionTokenFromCookie as sessionCookie } from '../../../cloudfunctions/_local/sessions';
import { startHarness, type Harness } from './harness';

const appCss = '.card{background:#fff}.progress__verdict{font-size:1.4rem}';
const builtPage = '<!doctype html><html><head><title>师训学分</title><script defer="defer" src="./js/app.1.js"></script>'
  + '<link href="./css/app.abc123.css" rel="stylesheet"></head><body><div id="app"></div></body></html>';

let h: Harness;
let clientDir: string;
let token: (name: string) => Promise<string>;
beforeAll(async () => {
  clientDir = mkdtempSync(path.join(tmpdir(), 'credits-h5-'));
  mkdirSync(path.join(clientDir, 'css'));
  writeFileSync(path.join(clientDir, 'index.html'), builtPage);
  writeFileSync(path.join(clientDir, 'css', 'app.abc123.css'), appCss);
  h = await startHarness({ clientDir });
  const people = demoPeopleData.parse(((await h.get('/local/demo-people')).body as { data: unknown }).data).people;
  token = async (name) => h.signIn(people.find((p) => p.name === name)!.personId);
});
afterAll(async () => {
  await h.close();
  rmSync(clientDir, { recursive: true, force: true });
});

const page = (cookie?: string) => h.get('/', null, cookie ? { cookie } : {});
const bootOf = (html: string) => JSON.parse(/<script id="boot-answers" type="application\/json">(.*?)<\/script>/.exec(html)?.[1] ?? 'null') as Record<string, { ok: boolean; data: unknown }>;
const firstPaint = (html: string) => /<div id="first-paint">(.*?)<\/div><script>/.exec(html)?.[1] ?? '';

describe('the page for a signed-in teacher', () => {
  it('prints her verdict, greeting and pending count from progress.mine, and carries the same answers for the app', async () => {
    const chen = await token('陈静');
    const res = await page(`other=1; tc_session=${chen}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    const mine = await h.fn('progress', { action: 'mine' }, chen);
    const whoami = await h.fn('identity', { action: 'whoami' }, chen);
    expect(bootOf(res.text)).toEqual({ 'identity.whoami': whoami, 'progress.mine': mine });
    const report = progressReportSchema.parse((mine.data as { report: unknown }).report);
    const html = firstPaint(res.text);
    expect(html).toContain(`id="first-paint-verdict">${verdictText(report.verdict)}</span>`);
    expect(html).toContain('陈静，您好！');
    expect(html).toContain(`另有 ${(mine.data as { pendingCount: number }).pendingCount} 条记录在审核`);
    expect(html).toContain('href="#/record-entry/submit/index"');
  });

  it('inlines the app stylesheet instead of linking it, and keeps the app\'s scripts', async () => {
    const res = await page();
    expect(res.text).toContain(`<style>${appCss}`);
    expect(res.text).not.toContain('rel="stylesheet"');
    expect(res.text).toContain('<script defer="defer" src="./js/app.1.js"></script>');
    expect(res.text).toContain('<div id="app"></div>');
  });

  it('a county admin gets her greeting but no progress card (she has no requirement)', async () => {
    const res = await page(`tc_session=${await token('刘淑琴')}`);
    expect(Object.keys(bootOf(res.text))).toEqual(['identity.whoami']);
    expect(firstPaint(res.text)).toContain('刘淑琴，您好！');
    expect(firstPaint(res.text)).not.toContain('本年度进度');
  });

  it('is compressed as the browser asks', async () => {
    const res = await fetch(`${h.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('<div id="first-paint">');
  });
});

describe('the page for anyone else', () => {
  it('without a cookie, with a made-up one or after sign-out: only 「正在打开」 and no answers', async () => {
    const chen = await token('陈静');
    await h.post('/local/sign-out', {}, chen);
    for (const cookie of [undefined, 'tc_session=not-a-real-session-token', `tc_session=${chen}`]) {
      const res = await page(cookie);
      expect(bootOf(res.text)).toEqual({});
      expect(firstPaint(res.text)).toContain('正在打开');
      expect(firstPaint(res.text)).not.toContain('您好');
    }
  });

  it('a bearer header does not count: the page follows the cookie only', async () => {
    const res = await h.get('/', await token('陈静'));
    expect(bootOf(res.text)).toEqual({});
  });

  it('deep links to other pages get the same page (the route guard drops the overlay there)', async () => {
    const res = await h.get('/pages/mine/index');
    expect(res.text).toContain('<div id="first-paint">');
    expect(res.text).toContain('location.hash');
  });
});

describe('text put into the page', () => {
  it('escapes markup in names and keeps JSON inside its script element', async () => {
    expect(escapeHtml('<img src=x onerror="a()">&\'')).toBe('&#60;img src=x onerror=&#34;a()&#34;&#62;&#38;&#39;');
    const res = await page(`tc_session=${await token('陈静')}`);
    const json = /<script id="boot-answers" type="application\/json">(.*?)<\/script>/.exec(res.text)?.[1] ?? '';
    expect(json).not.toMatch(/<\//);
  });

  it('reads the session cookie among others, and nothing else', () => {
    expect(sessionCookie('a=1; tc_session=abc_DEF-123; b=2')).toBe('abc_DEF-123');
    expect(sessionCookie('xtc_session=abc')).toBeNull();
    expect(sessionCookie(undefined)).toBeNull();
    expect(sessionCookie('tc_session=')).toBeNull();
  });
});
