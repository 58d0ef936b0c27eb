/**
 * The HTTP layer itself: envelopes for transport failures, bearer handling,
 * static serving of the H5 build, and the file route's gate. No seed needed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHarness, type Harness } from './harness';

const cjk = /[\u4e00-\u9fff]/;

describe('local server transport', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ seed: false }); });
  afterAll(async () => { await h.close(); });

  it('answers an unknown function with 404 and the standard envelope', async () => {
    const res = await h.post('/api/fn/payroll', { action: 'list' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(cjk) } });
  });

  it.each([
    ['broken JSON', '{"action":"whoami"', 'application/json'],
    ['empty JSON body', '', 'application/json'],
  ])('refuses %s with INVALID_INPUT in Chinese', async (_label, raw, contentType) => {
    const res = await h.post('/api/fn/identity', raw, null, { raw: true, contentType });
    expect(res.status).toBe(400);
    expect(res.body.ok).toBe(false);
    expect(res.body.error?.code).toBe('INVALID_INPUT');
    expect(res.body.error?.message).toMatch(cjk);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'whoami'],
    ['null', null],
  ])('refuses an event that is %s', async (_label, body) => {
    const res = await h.post('/api/fn/identity', body);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('INVALID_INPUT');
  });

  it('refuses an oversized body before parsing it', async () => {
    const huge = JSON.stringify({ action: 'whoami', pad: 'x'.repeat(3 * 1024 * 1024) });
    const res = await h.post('/api/fn/identity', huge, null, { raw: true });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(cjk) } });
  });

  it('treats a missing token as anonymous and an unknown token as an expired sign-in', async () => {
    expect((await h.fn('identity', { action: 'whoami' })).error?.code).toBe('UNAUTHENTICATED');
    const stale = await h.fn('identity', { action: 'whoami' }, 'x'.repeat(32));
    expect(stale).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } });
  });

  it('never takes the caller from an openid in the event', async () => {
    const before = await h.snapshot();
    const res = await h.fn('identity', { action: 'whoami', openid: 'local-demo-zhangym' });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(await h.snapshot()).toBe(before);
  });

  it('refuses uploads without a session and writes nothing', async () => {
    const before = await h.snapshot();
    const res = await h.post('/local/upload', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), null, { raw: true, contentType: 'image/png' });
    expect(res.body.error?.code).toBe('UNAUTHENTICATED');
    expect(await h.snapshot()).toBe(before);
  });

  it('gates /files behind a session and never leaves the storage folder', async () => {
    expect((await h.get('/files/certificates/a/b/2026/x.png')).status).toBe(401);
    const res = await h.get('/files/..%2Fcredits.sqlite', 'y'.repeat(32));
    expect(res.status).toBe(401); // unknown token first; traversal is covered with a live session in sign-in tests
  });

  it('explains in Chinese when the H5 build is missing', async () => {
    const res = await h.get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.text).toContain('npm run build:h5');
    expect(res.text).toContain('还没有构建网页版客户端');
    expect((await h.get('/api/nothing')).status).toBe(404);
  });
});

describe('serving the H5 build', () => {
  let h: Harness;
  let clientDir: string;
  beforeAll(async () => {
    clientDir = mkdtempSync(path.join(tmpdir(), 'credits-h5-'));
    mkdirSync(path.join(clientDir, 'js'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>师训学分</title><div id="app"></div>');
    writeFileSync(path.join(clientDir, 'js', 'app.12345678.js'), 'console.log("app")');
    h = await startHarness({ seed: false, clientDir });
  });
  afterAll(async () => {
    await h.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('serves index.html at / and assets by path', async () => {
    const index = await h.get('/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<div id="app">');
    const js = await h.get('/js/app.12345678.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('falls back to the app for page paths but keeps API misses as JSON 404s', async () => {
    expect((await h.get('/pages/mine/index')).text).toContain('<div id="app">');
    const miss = await h.get('/local/nothing');
    expect(miss.status).toBe(404);
    expect(miss.body).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(cjk) } });
    expect((await h.get('/js/missing.js')).status).toBe(404);
  });
});
