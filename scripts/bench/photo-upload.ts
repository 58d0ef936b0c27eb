/**
 * `npm run bench:client`, section 四: bytes a teacher's phone sends for one 4000×3000 photo
 * (issue 7: ≤ 400 KB). Runs the app's own normaliser (client/src/services/photo-normalize.ts,
 * H5 path: createImageBitmap → canvas → JPEG blob, quality stepped down) inside the built H5
 * 登记证书 page in headless Chromium: the photo goes in through the page's file input, and
 * the figure is the Content-Length of the `/local/upload` request the page sends (bytes on the
 * wire; the body itself, for its dimensions, is the Blob the page hands XMLHttpRequest.send).
 * The quality step is read from the page's own `canvas.toBlob` calls (observed, not changed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { generateCertificate } from './reader/generate-set';

const KB = 1024;
const TARGET = 400 * KB;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const mb = (n: number) => `${(n / KB / KB).toFixed(2)} MB`;

/** Certificates of the reader's synthetic set: #0 stored upright, #5 stored sideways with EXIF orientation 6. */
const photos = [
  { index: 0, label: '正放（无 EXIF 方向）' },
  { index: 5, label: '侧放（EXIF 方向 6）' },
];

/**
 * Watches, without changing, what the page does: each `canvas.toBlob(…, 'image/jpeg', q)`
 * (quality and resulting size) and the Blob handed to `XMLHttpRequest.send`.
 */
const observePage = `(() => {
  const calls = [];
  window.__photoBenchToBlob = calls;
  const toBlob = HTMLCanvasElement.prototype.toBlob;
  HTMLCanvasElement.prototype.toBlob = function (callback, type, quality) {
    return toBlob.call(this, (blob) => {
      if (type === 'image/jpeg') calls.push({ quality, size: blob ? blob.size : null });
      callback(blob);
    }, type, quality);
  };
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (body) {
    if (body instanceof Blob) window.__photoBenchSent = body;
    return send.call(this, body);
  };
})();`;

/** The last Blob the page sent, as base64 (null when none). */
const readSentBody = `(async () => {
  const blob = window.__photoBenchSent;
  if (!blob) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
})()`;

interface ToBlobCall { quality: number; size: number | null }

interface Measured { uploaded: Buffer; wireBytes: number; shown: string; calls: ToBlobCall[]; seconds: number; stored?: number }

async function uploadThroughPage(browser: Browser, url: string, token: string, file: string): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  try {
    // The session a signed-in teacher already has (Taro H5 keeps storage as {data} JSON).
    await context.addInitScript(`localStorage.setItem('teacher-credits.token', ${JSON.stringify(JSON.stringify({ data: token }))})`);
    await context.addInitScript(observePage);
    const page = await context.newPage();
    const seen: { headers?: Promise<Record<string, string>>; stored?: number } = {};
    const isUpload = (r: { method(): string; url(): string }) => r.method() === 'POST' && r.url().endsWith('/local/upload');
    // CDP does not hand over a Blob request body, so the wire figure is the request's Content-Length
    // and the bytes themselves are the Blob the page gave XMLHttpRequest.send.
    page.on('request', (r) => { if (isUpload(r)) seen.headers = r.allHeaders(); });
    page.on('response', (r) => {
      if (isUpload(r.request())) r.json().then((b: { data?: { size?: number } }) => { seen.stored = b.data?.size; }, () => undefined);
    });
    await page.goto(`${url}/#/record-entry/submit/index`);
    await page.locator('#entry-form').waitFor({ timeout: 60_000 });
    // The page asks the certificate reader (OCR) after each upload; waited for before closing,
    // so the server is not left working for a page that is gone. Not part of the figure.
    const reading = page.waitForResponse((r) => r.url().endsWith('/api/fn/records') && (r.request().postData() ?? '').includes('read-certificate'), { timeout: 120_000 });
    const start = Date.now();
    await page.locator('#photo-input-album').setInputFiles(file);
    const state = page.locator('.photo__state').first();
    await state.getByText(/已上传/).waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - start) / 1000;
    const shown = ((await state.textContent()) ?? '').trim();
    const calls = (await page.evaluate('window.__photoBenchToBlob')) as ToBlobCall[];
    const sent = (await page.evaluate(readSentBody)) as string | null;
    const headers = await seen.headers;
    await reading.catch(() => undefined);
    if (!sent || !headers) throw new Error('页面没有发出 /local/upload 请求');
    const wireBytes = Number(headers['content-length']);
    if (!Number.isFinite(wireBytes)) throw new Error('/local/upload 请求没有 Content-Length');
    return { uploaded: Buffer.from(sent, 'base64'), wireBytes, shown, calls, seconds, stored: seen.stored };
  } finally {
    await context.close();
  }
}

/** Prints section 四. `token` is a signed-in teacher's session on the local server at `url`. */
export async function photoBytes(browser: Browser, url: string, token: string): Promise<void> {
  console.log('四、一张 4000×3000 手机照片上传的字节数');
  console.log('  （网页版「登记证书」页在无头 Chromium 里用应用自己的压缩代码处理照片；量的是 /local/upload 请求体的字节）');
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-photo-'));
  try {
    for (const { index, label } of photos) {
      const original = (await generateCertificate(index)).jpeg;
      const meta = await sharp(original).metadata();
      const file = path.join(dir, `certificate-${index}.jpg`);
      writeFileSync(file, original);
      const m = await uploadThroughPage(browser, url, token, file);
      const out = await sharp(m.uploaded).metadata();
      const used = m.calls[m.calls.length - 1];
      const step = used ? `质量 ${used.quality}（第 ${m.calls.length} 档；试过 ${m.calls.map((c) => `${c.quality} → ${c.size === null ? '失败' : kb(c.size)}`).join('，')}）` : '质量未知（页面没有调用 toBlob）';
      const ok = m.wireBytes <= TARGET;
      const same = m.wireBytes === m.uploaded.length ? '' : `（页面交给 XHR 的文件 ${kb(m.uploaded.length)}，与 Content-Length 不一致）`;
      const turned = (meta.orientation ?? 1) >= 5;
      const stored = `${meta.width}×${meta.height}${turned ? `（存为侧放，方向 ${meta.orientation}，显示为 ${meta.height}×${meta.width}）` : ''}`;
      console.log(`  ${label}：原图 ${stored} ${mb(original.length)}`);
      console.log(`    → 上传 ${out.width}×${out.height} ${kb(m.wireBytes)}${same}（目标 ≤ 400 KB）${ok ? '✓' : '✗ 超出'}，${step}`);
      console.log(`    页面显示「${m.shown}」，选图到已上传 ${m.seconds.toFixed(1)} s（本机，不限速）${m.stored ? `；服务器再编码后存 ${kb(m.stored)}` : ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
}
