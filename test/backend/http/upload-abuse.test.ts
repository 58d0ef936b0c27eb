/**
 * Upload abuse over HTTP, as an outsider would try it: bad files, polyglots,
 * someone else's staged file, floods, and big anonymous bodies.
 */
import { request as httpRequest } from 'node:http';
import { craftPdf, jpegHtmlPolyglot, pngClaiming, tinyPdf, tinyPng, tinyWebp } from '../uploads/craft-files';
import { startHarness, type Harness } from './harness';

jest.setTimeout(60_000);

interface DemoPerson { personId: string; name: string }
const record = {
  title: '中小学心理健康教育专题培训', organizer: '白城市教育学院', hours: 8, startDate: '2026-10-17', endDate: '2026-10-17',
  form: '集中', level: '市', content: '专业', topic: '心理健康教育',
};

let h: Harness;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  h = await startHarness();
  const people = ((await h.get('/local/demo-people')).body as { data: { people: DemoPerson[] } }).data.people;
  for (const name of ['张雅梅', '赵磊', '王建国', '刘淑琴']) {
    const p = people.find((x) => x.name === name);
    if (!p) throw new Error(name);
    tokens[name] = await h.signIn(p.personId);
  }
});
afterAll(async () => { await h.close(); });

const upload = (bytes: Uint8Array, who: string | null) => h.post('/local/upload', bytes, who ? tokens[who] : null, { raw: true, contentType: 'application/octet-stream' });
const stagedFileOf = async (uploadId: string) => (await h.server.store.get<{ _id: string; fileId: string }>('uploads', uploadId))?.fileId ?? '';
const uploadCount = () => h.server.store.count('uploads', {});

describe('bad files are refused with a stable code and nothing stored', () => {
  it.each([
    ['three bytes FF D8 FF', 'FILE_DAMAGED', Buffer.from([0xff, 0xd8, 0xff])],
    ['a PNG claiming 20000×20000 pixels', 'IMAGE_TOO_LARGE', pngClaiming(20000, 20000)],
    ['a PNG claiming 2^31×2^31 pixels', 'IMAGE_TOO_LARGE', pngClaiming(2 ** 31, 2 ** 31)],
    ['a PDF with /JavaScript', 'FILE_UNSAFE', craftPdf({ catalog: '/OpenAction 4 0 R', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] })],
    ['a PDF/HTML polyglot', 'FILE_UNSAFE', craftPdf({ afterHeader: '%<html><script>alert(1)</script></html>\n' })],
  ])('%s → %s', async (_label, code, bytes) => {
    const before = await uploadCount();
    const res = await upload(bytes, '赵磊');
    expect(res.body).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
    expect(await uploadCount()).toBe(before);
  });
});

describe('what /files serves', () => {
  it('a JPEG/HTML polyglot is stored as a clean JPEG and served inline with nosniff, a safe name and a sandboxing CSP', async () => {
    const res = await upload(jpegHtmlPolyglot(), '张雅梅');
    expect(res.body.ok).toBe(true);
    const fileId = await stagedFileOf((res.body.data as { uploadId: string }).uploadId);
    const served = await fetch(`${h.url}/files/${fileId}`, { headers: { authorization: `Bearer ${tokens['张雅梅']}` } });
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.includes('<script')).toBe(false);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="certificate-[A-Za-z0-9_-]+\.jpg"$/);
    expect(served.headers.get('content-security-policy')).toMatch(/^default-src 'none';.*\bsandbox$/);
  });

  it('a PDF is served as an attachment', async () => {
    const res = await upload(tinyPdf(), '张雅梅');
    const fileId = await stagedFileOf((res.body.data as { uploadId: string }).uploadId);
    const served = await h.get(`/files/${fileId}`, tokens['张雅梅']);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment; filename="certificate-[A-Za-z0-9_-]+\.pdf"$/);
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('a WebP (stored before photos were re-encoded) comes back as image/webp, not octet-stream', async () => {
    await h.server.files.put('inbox/u_legacywebp000000000000000000000.webp', tinyWebp(), 'image/webp');
    await h.server.store.set('uploads', {
      _id: 'u_legacywebp000000000000000000000', openid: 'local-demo-zhangym', fileId: 'inbox/u_legacywebp000000000000000000000.webp',
      contentType: 'image/webp', size: tinyWebp().length, sha256: '0'.repeat(64), createdAt: '2026-11-22T05:00:00.000Z', claimedBy: null, claimedAt: null,
    });
    const served = await h.get('/files/inbox/u_legacywebp000000000000000000000.webp', tokens['张雅梅']);
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/webp']);
  });
});

describe('a staged upload belongs to its uploader only', () => {
  it('a second teacher who knows the file id can neither register, read nor claim it (legacy staging/ layout too)', async () => {
    // The layout before this change: the staged file sat at staging/<uploadId>.png, derivable from the upload id.
    const legacyId = 'u_legacystaged0000000000000000000';
    await h.server.files.put(`staging/${legacyId}.png`, tinyPng(), 'image/png');
    await h.server.store.set('uploads', {
      _id: legacyId, openid: 'local-demo-zhangym', fileId: `staging/${legacyId}.png`, contentType: 'image/png', size: tinyPng().length,
      sha256: '0'.repeat(64), createdAt: '2026-11-22T05:00:00.000Z', claimedBy: null, claimedAt: null,
    });
    const fresh = await upload(tinyPng(), '张雅梅');
    const freshFile = await stagedFileOf((fresh.body.data as { uploadId: string }).uploadId);
    const before = await h.snapshot();
    for (const fileId of [`staging/${legacyId}.png`, freshFile]) {
      const reg = await h.fn('records', { action: 'upload-certificate', fileId }, tokens['赵磊']);
      expect([fileId, reg.ok, reg.error?.code]).toEqual([fileId, false, fileId.startsWith('staging/') ? 'CONFLICT' : 'INVALID_INPUT']);
      expect([fileId, (await h.get(`/files/${fileId}`, tokens['赵磊'])).status]).toEqual([fileId, 404]);
    }
    const claim = await h.fn('records', { action: 'submit', requestId: 'abuse-steal-0001', record, uploadIds: [legacyId] }, tokens['赵磊']);
    expect(claim.error?.code).toBe('NOT_FOUND');
    expect(await h.snapshot()).toBe(before);
    expect((await h.get(`/files/${freshFile}`, tokens['张雅梅'])).status).toBe(200);
  });
});

describe('quotas and early refusals', () => {
  it('an anonymous 5 MB body is refused before it is read: the answer comes while the body is still unsent', async () => {
    const port = Number(new URL(h.url).port);
    const total = 5 * 1024 * 1024;
    const outcome = await new Promise<{ status: number; sent: number; closed: boolean }>((resolve, reject) => {
      let sent = 0;
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/local/upload', headers: { 'content-type': 'image/jpeg', 'content-length': total } });
      req.on('error', () => undefined); // the server hangs up on the unsent rest: expected
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => {
          const done = (closed: boolean) => { clearTimeout(noAnswer); clearTimeout(notClosed); resolve({ status: res.statusCode ?? 0, sent, closed }); };
          const notClosed = setTimeout(() => done(req.socket?.destroyed ?? false), 2000);
          if (req.socket?.destroyed) done(true);
          else req.socket?.once('close', () => done(true));
        });
      });
      const first = Buffer.alloc(64 * 1024, 0xff);
      req.write(first, () => { sent += first.length; });
      const noAnswer = setTimeout(() => reject(new Error('no answer before the body was sent: the server waits for the body')), 5000);
    });
    expect(outcome.status).toBe(401);
    expect(outcome.sent).toBeLessThan(total);
    expect(outcome.closed).toBe(true);
  });

  it('a signed-in teacher declaring more than 5 MB is refused from the header alone', async () => {
    const port = Number(new URL(h.url).port);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/local/upload', headers: {
        authorization: `Bearer ${tokens['赵磊']}`, 'content-type': 'image/jpeg', 'content-length': 40 * 1024 * 1024 } });
      req.on('error', () => undefined);
      req.on('response', (res) => { res.resume(); clearTimeout(noAnswer); req.destroy(); resolve(res.statusCode ?? 0); });
      req.write(Buffer.alloc(1024));
      const noAnswer = setTimeout(() => reject(new Error('no early answer')), 5000);
    });
    expect(status).toBe(413);
  });

  it('30 uploads an hour per person; the 31st is QUOTA_EXCEEDED with a Chinese message and nothing stored', async () => {
    const png = tinyPng();
    for (let i = 0; i < 30; i += 1) {
      const res = await upload(png, '王建国');
      if (!res.body.ok) throw new Error(`upload ${i + 1}: ${JSON.stringify(res.body)}`);
    }
    const before = await uploadCount();
    const over = await upload(png, '王建国');
    expect(over.status).toBe(429);
    expect(over.body.error).toEqual({ code: 'QUOTA_EXCEEDED', message: expect.stringMatching(/^一小时内上传的证书太多了（最多 30 个、共 60 MB）。请 \d+ 分钟后再试/) });
    expect(await uploadCount()).toBe(before);
    // Another person is not affected.
    expect((await upload(png, '刘淑琴')).body.ok).toBe(true);
  });
});
