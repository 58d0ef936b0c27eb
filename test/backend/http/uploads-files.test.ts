/**
 * Certificates over HTTP: raw upload → records.submit claims it → the file is
 * served only to those who may view the record (by the domain's own rule).
 */
import { certificatePng } from '../../../cloudfunctions/_local/seed/certificate-image';
import { sha256Hex } from '../../../cloudfunctions/_core/use-cases/support/ids';
import { startHarness, type Harness } from './harness';

jest.setTimeout(30_000); // the seeded server decodes the demo photos with sharp

interface DemoPerson { personId: string; name: string }
interface RecordView { id: string; certificates: { fileId: string; url?: string; contentType: string }[] }

const record = {
  title: '中小学心理健康教育专题培训', organizer: '白城市教育学院', hours: 8, startDate: '2026-10-17', endDate: '2026-10-17',
  form: '集中', level: '市', content: '专业', topic: '心理健康教育',
};

describe('certificate upload and files', () => {
  let h: Harness;
  const tokens: Record<string, string> = {};
  let png: Buffer;
  let fileUrl = '';
  let stagedUrl = '';
  let firstSha256 = '';

  beforeAll(async () => {
    h = await startHarness();
    const people = ((await h.get('/local/demo-people')).body as { data: { people: DemoPerson[] } }).data.people;
    for (const name of ['张雅梅', '赵磊', '王建国', '李秀梅', '刘淑琴']) {
      const p = people.find((x) => x.name === name);
      if (!p) throw new Error(name);
      tokens[name] = await h.signIn(p.personId);
    }
    png = certificatePng(4242);
  });
  afterAll(async () => { await h.close(); });

  const upload = (bytes: Uint8Array, token: string | null, contentType = 'image/png') =>
    h.post('/local/upload', bytes, token, { raw: true, contentType });

  it('stages an upload for its owner and lets submit claim it', async () => {
    const staged = await upload(png, tokens['张雅梅'] ?? null, 'application/octet-stream');
    // A photo is decoded and stored as a fresh JPEG, whatever it was sent as.
    expect(staged.body).toEqual({ ok: true, data: { uploadId: expect.any(String), contentType: 'image/jpeg', size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const uploadId = (staged.body.data as { uploadId: string }).uploadId;
    firstSha256 = (staged.body.data as { sha256: string }).sha256;
    const uploads = await h.server.store.find<{ _id: string; fileId: string; openid: string }>('uploads', { _id: uploadId });
    stagedUrl = `/files/${uploads[0]?.fileId}`;
    expect(uploads[0]?.openid).toBe('local-demo-zhangym');

    const submitted = await h.fn('records', { action: 'submit', requestId: 'http-upload-0001', record, uploadIds: [uploadId] }, tokens['张雅梅']);
    expect(submitted.ok).toBe(true);
    const { id } = (submitted.data as { record: RecordView }).record;
    const got = await h.fn('records', { action: 'get', recordId: id }, tokens['张雅梅']);
    const cert = (got.data as { record: RecordView }).record.certificates[0];
    expect(cert).toMatchObject({ contentType: 'image/jpeg', url: expect.stringMatching(/^\/files\/certificates\/.*\.jpg$/) });
    fileUrl = cert?.url ?? '';
  });

  it('serves the certificate to the owner (bearer or cookie), her reviewers and the county admin', async () => {
    for (const name of ['张雅梅', '王建国', '刘淑琴']) {
      const res = await h.get(fileUrl, tokens[name]);
      expect([name, res.status, res.headers.get('content-type')]).toEqual([name, 200, 'image/jpeg']);
    }
    const byCookie = await h.get(fileUrl, null, { cookie: `tc_session=${tokens['张雅梅']}` });
    expect(byCookie.status).toBe(200);
    const bytes = Buffer.from(await (await fetch(`${h.url}${fileUrl}`, { headers: { authorization: `Bearer ${tokens['张雅梅']}` } })).arrayBuffer());
    expect(sha256Hex(bytes)).toBe(firstSha256);
  });

  it('hides it from a colleague and from another school’s principal', async () => {
    for (const name of ['赵磊', '李秀梅']) {
      const res = await h.get(fileUrl, tokens[name]);
      expect([name, res.status]).toEqual([name, 404]);
    }
    expect((await h.get(fileUrl)).status).toBe(401);
  });

  it('shows a staged upload only to the uploader, and refuses paths outside storage', async () => {
    // Claimed uploads leave staging: the claimed one is gone, a fresh one is the uploader's alone.
    expect((await h.get(stagedUrl, tokens['张雅梅'])).status).toBe(404);
    const fresh = await upload(certificatePng(99), tokens['张雅梅'] ?? null);
    const uploadId = (fresh.body.data as { uploadId: string }).uploadId;
    const [doc] = await h.server.store.find<{ _id: string; fileId: string }>('uploads', { _id: uploadId });
    expect((await h.get(`/files/${doc?.fileId}`, tokens['张雅梅'])).status).toBe(200);
    expect((await h.get(`/files/${doc?.fileId}`, tokens['王建国'])).status).toBe(404);
    for (const bad of ['/files/..%2Fcredits.sqlite', '/files/certificates/..%2F..%2Fcredits.sqlite', '/files/%2Fetc%2Fpasswd', '/files/']) {
      expect([bad, (await h.get(bad, tokens['刘淑琴'])).status]).toEqual([bad, 404]);
    }
  });

  it.each([
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'FILE_TYPE'],
    ['an HTML page named .png', Buffer.from('<html><script>alert(1)</script></html>'), 'FILE_TYPE'],
    ['nothing at all', Buffer.alloc(0), 'FILE_TYPE'],
  ])('refuses %s and writes nothing', async (_label, bytes, code) => {
    const before = await h.snapshot();
    const res = await upload(bytes, tokens['赵磊'] ?? null);
    expect(res.body.error?.code).toBe(code);
    expect(res.body.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await h.snapshot()).toBe(before);
  });

  it('refuses a file over the size limit before storing it', async () => {
    const before = await h.snapshot();
    const big = Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]);
    const res = await upload(big, tokens['赵磊'] ?? null);
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('MB') });
    expect(await h.snapshot()).toBe(before);
  });

  it('does not let another teacher claim someone else’s upload', async () => {
    const staged = await upload(certificatePng(77), tokens['张雅梅'] ?? null);
    const uploadId = (staged.body.data as { uploadId: string }).uploadId;
    const before = await h.snapshot();
    const res = await h.fn('records', { action: 'submit', requestId: 'http-upload-steal', record, uploadIds: [uploadId] }, tokens['赵磊']);
    expect(res.error?.code).toBe('NOT_FOUND');
    expect(await h.snapshot()).toBe(before);
  });
});
