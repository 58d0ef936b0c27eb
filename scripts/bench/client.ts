/**
 * `npm run bench:client` — size and speed of the teacher side of the client. Prints
 * figures; asserts nothing (targets from issue 7 are printed next to them).
 * 1. weapp: main package (everything outside the subpackage roots of app.json) vs 500 KB,
 *    and each subpackage;
 * 2. bytes of every answer the teacher screens fetch, for a teacher with 40 records
 *    (progress.mine ≤ 20 KB), on the real local server with the seeded demo county;
 * 3. H5 from a cold cache under Chromium's Slow 3G (CDP Network.emulateNetworkConditions:
 *    2 s latency, 50 KB/s each way), for a teacher who signed in before: when 首页's
 *    progress verdict is on screen (the page's own first paint, decision 013: first
 *    contentful paint and the verdict element), and when the app has taken over (its
 *    own card shown, the first paint gone); with compression and without
 *    (Accept-Encoding: identity);
 * 4. bytes uploaded for a 4000×3000 phone photo (≤ 400 KB): the built H5 登记证书 page
 *    normalises two generated certificate photos (upright; EXIF orientation 6) with the
 *    app's own code in Chromium, and the `/local/upload` request body is measured
 *    (photo-upload.ts).
 * Needs `npm run build:weapp` and `npm run build:h5` first.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../test/support/chromium';
import { createLocalServer } from '../../cloudfunctions/_local/server';
import { runSeed } from '../../cloudfunctions/_local/seed';
import { photoBytes } from './photo-upload';

const root = path.resolve(__dirname, '..', '..');
const weappDir = path.join(root, 'client', 'dist', 'weapp');
const h5Dir = path.join(root, 'client', 'dist', 'h5');
const NOW = '2026-11-22T06:00:00.000Z';
const KB = 1024;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? '✓' : '✗ 超出');

function dirSize(dir: string, skip: (rel: string) => boolean = () => false, base = dir): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    const rel = path.relative(base, full);
    if (skip(rel)) continue;
    total += e.isDirectory() ? dirSize(full, skip, base) : statSync(full).size;
  }
  return total;
}

function weappSizes(): void {
  console.log('一、小程序包大小（client/dist/weapp）');
  if (!existsSync(path.join(weappDir, 'app.json'))) { console.log('  缺少构建产物：请先 npm run build:weapp\n'); return; }
  const app = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as { subPackages?: { root: string; pages: string[] }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const main = dirSize(weappDir, (rel) => roots.some((r) => rel === r || rel.startsWith(`${r}/`)) || rel.endsWith('.map'));
  console.log(`  主包 ${kb(main)}（目标 ≤ 500 KB）${mark(main <= 500 * KB)}`);
  for (const r of roots) console.log(`  分包 ${r}/ ${kb(dirSize(path.join(weappDir, r), (rel) => rel.endsWith('.map')))}`);
  console.log('');
}

interface Caller { token: string }
async function post(url: string, route: string, body: unknown, who?: Caller): Promise<{ json: { ok: boolean; data?: unknown; error?: unknown }; bytes: number }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (who) headers.Authorization = `Bearer ${who.token}`;
  const res = await fetch(`${url}${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  return { json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}
async function signIn(url: string, name: string): Promise<Caller> {
  const people = (await (await fetch(`${url}/local/demo-people`)).json()) as { data: { people: { personId: string; name: string; roles: string[]; schoolName: string | null }[] } };
  const p = people.data.people.find((x) => x.name === name);
  if (!p) throw new Error(`演示人员中没有 ${name}`);
  const r = await post(url, '/local/sign-in', { personId: p.personId });
  return { token: (r.json.data as { token: string }).token };
}

const topics = ['阅读教学', '作业设计', '课堂观察', '信息技术', '心理健康', '家校沟通', '安全教育', '教学评价'];

/** 张雅梅 has 16 seeded records: 24 more (校本/自主/公需, half approved) make 40. */
async function grow(url: string, teacher: Caller, reviewer: Caller): Promise<void> {
  for (let i = 0; i < 24; i += 1) {
    const day = String((i % 27) + 1).padStart(2, '0');
    const record = {
      title: `2026年校本研修第${i + 1}期：${topics[i % topics.length]}`, organizer: '通榆县第一中学', hours: 2 + (i % 4),
      startDate: `2026-0${5 + (i % 5)}-${day}`, endDate: `2026-0${5 + (i % 5)}-${day}`,
      form: i % 3 === 0 ? '自主' : '校本', level: '校', content: i % 5 === 0 ? '公需' : '专业', topic: topics[i % topics.length],
    };
    const r = await post(url, '/api/fn/records', { action: 'submit', requestId: `bench-grow-${i.toString().padStart(4, '0')}`, record }, teacher);
    if (!r.json.ok) throw new Error(`提交失败：${JSON.stringify(r.json.error)}`);
    const rec = (r.json.data as { record: { id: string; version: number } }).record;
    if (i % 2 === 0) await post(url, '/api/fn/review', { action: 'approve', recordId: rec.id, version: rec.version }, reviewer);
  }
}

async function answerBytes(url: string): Promise<void> {
  console.log('二、教师页面取到的每个回答（JSON 字节，未压缩 / gzip）');
  const teacher = await signIn(url, '张雅梅');
  await grow(url, teacher, await signIn(url, '王建国'));
  const list = await post(url, '/api/fn/records', { action: 'list', limit: 20, skip: 0 }, teacher);
  const page = list.json.data as { items: { id: string; status: string; year: number }[]; total: number };
  const approved = page.items.find((r) => r.status === 'approved') ?? page.items[0]!;
  const pending = page.items.find((r) => r.status === 'submitted') ?? page.items[0]!;
  const rows: Array<[string, string, unknown, number?]> = [
    ['首页', 'identity.whoami', { fn: 'identity', action: 'whoami' }],
    ['首页 / 学分进度', 'progress.mine', { fn: 'progress', action: 'mine' }, 20 * KB],
    ['我的记录', 'records.list（第 1 页 20 条）', { fn: 'records', action: 'list', limit: 20, skip: 0 }],
    ['我的记录', 'records.list（待审核）', { fn: 'records', action: 'list', limit: 20, skip: 0, status: ['submitted', 'resubmitted'] }],
    ['记录详情', 'records.get', { fn: 'records', action: 'get', recordId: approved.id }],
    ['记录详情', 'progress.mine + recordId（已通过）', { fn: 'progress', action: 'mine', year: approved.year, recordId: approved.id }],
    ['记录详情', 'progress.mine + recordId（待审核）', { fn: 'progress', action: 'mine', year: pending.year, recordId: pending.id }],
  ];
  console.log(`  教师：张雅梅，共 ${page.total} 条记录`);
  for (const [screen, name, ev, limit] of rows) {
    const { fn, ...event } = ev as { fn: string };
    const r = await post(url, `/api/fn/${fn}`, event, teacher);
    const body = JSON.stringify(r.json);
    const target = limit ? `（目标 ≤ ${kb(limit)}）${mark(r.bytes <= limit)}` : '';
    console.log(`  ${screen.padEnd(8, '　')} ${name.padEnd(30)} ${kb(r.bytes).padStart(9)} / ${kb(gzipSync(body).length).padStart(8)} ${target}`);
  }
  const current = (await post(url, '/api/fn/records', { action: 'get', recordId: pending.id }, teacher)).json.data as { record: { version: number } };
  const w = await post(url, '/api/fn/records', { action: 'withdraw', recordId: pending.id, version: current.record.version }, teacher);
  console.log(`  记录详情　　　　 records.withdraw                ${kb(w.bytes).padStart(9)}\n`);
}

const slow3g = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

async function coldHome(url: string): Promise<void> {
  console.log('三、网页版冷启动（Chromium「Slow 3G」：延迟 2 s，上下行 50 KB/s，无缓存）');
  if (!existsSync(path.join(h5Dir, 'index.html'))) { console.log('  缺少构建产物：请先 npm run build:h5\n'); return; }
  const token = (await signIn(url, '陈静')).token;
  // The tests' one Chromium (Debian's or the packaged one) with the shipped fonts: the bench runs on a bare machine too.
  const browser = await launchChromium();
  try {
    for (const compressed of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, locale: 'zh-CN' });
      // The session a signed-in teacher already has: the token in storage (Taro H5 keeps {data}
      // JSON) and the HttpOnly cookie the server set when she signed in (routes/sign-in.ts).
      await context.addInitScript(`localStorage.setItem('teacher-credits.token', ${JSON.stringify(JSON.stringify({ data: token }))})`);
      await context.addCookies([{ name: 'tc_session', value: token, url, httpOnly: true, sameSite: 'Strict' }]);
      // When the browser really painted, not only when the element exists.
      await context.addInitScript(`new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', slow3g);
      if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
      let bytes = 0;
      let requests = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => { bytes += e.encodedDataLength; requests += 1; });
      const start = Date.now();
      await page.goto(`${url}/#/pages/home/index`, { waitUntil: 'commit', timeout: 120_000 });
      await page.locator('#first-paint-verdict').waitFor({ state: 'visible', timeout: 120_000 });
      const verdict = (Date.now() - start) / 1000;
      const fcp = Number(await (await page.waitForFunction(() => (globalThis as { __fcp?: number }).__fcp, undefined, { timeout: 120_000 })).jsonValue()) / 1000;
      await page.locator('#progress-verdict').waitFor({ state: 'visible', timeout: 120_000 });
      await page.locator('#first-paint').waitFor({ state: 'detached', timeout: 120_000 });
      const app = (Date.now() - start) / 1000;
      console.log(`  ${compressed ? '压缩（br/gzip）' : '不压缩　　　　'} 首页进度出现 ${verdict.toFixed(1)} s（首次绘制 ${fcp.toFixed(1)} s；目标 ≤ 5 s）${mark(verdict <= 5 && fcp <= 5)}；`
        + `应用接管 ${app.toFixed(1)} s；${requests} 个请求，传输 ${kb(bytes)}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log('');
}

async function photo(url: string): Promise<void> {
  if (!existsSync(path.join(h5Dir, 'index.html'))) { console.log('四、一张 4000×3000 照片上传的字节数\n  缺少构建产物：请先 npm run build:h5\n'); return; }
  const token = (await signIn(url, '陈静')).token;
  // The tests' one Chromium (Debian's or the packaged one) with the shipped fonts: the bench runs on a bare machine too.
  const browser = await launchChromium();
  try {
    await photoBytes(browser, url, token);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  console.log('师训学分 · 教师端大小与速度（只打印，不作断言）\n');
  weappSizes();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-client-'));
  const server = await createLocalServer({ dataDir, port: 0, clientDir: h5Dir, clock: () => NOW });
  try {
    await runSeed(server.store, server.files, NOW);
    const url = await server.listen();
    await answerBytes(url);
    await coldHome(url);
    await photo(url);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });
