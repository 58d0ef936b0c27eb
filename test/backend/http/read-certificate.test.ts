/**
 * records.read-certificate over HTTP with a scripted reader (the real OCR is
 * tested once, in test/backend/reader/paddle-reader.test.ts): stored reading,
 * cached second call, photo of nothing, timeouts, one read at a time, and the
 * duplicate rules — also when teachers race.
 */
import { certificatePng } from '../../../cloudfunctions/_local/seed/certificate-image';
import { readCertificateData, recordData } from '../../../shared/schemas/api/records';
import { detailData } from '../../../shared/schemas/api/review';
import { scriptedReader } from '../reader/scripted-reader';
import { tinyPdf } from '../uploads/craft-files';
import { startHarness } from './harness';

jest.setTimeout(60_000);

interface DemoPerson { personId: string; name: string }
const record = (certificateNo?: string) => ({
  title: '班主任工作能力提升培训', organizer: '通榆县教师进修学校', hours: 24, startDate: '2026-10-08', endDate: '2026-10-12',
  form: '集中', level: '县', content: '专业', topic: '班级管理', ...(certificateNo ? { certificateNo } : {}),
});

async function openWorld(reader = scriptedReader()) {
  const h = await startHarness({ reader });
  const people = ((await h.get('/local/demo-people')).body as { data: { people: DemoPerson[] } }).data.people;
  const tokens: Record<string, string> = {};
  for (const name of ['赵磊', '陈静', '王建国']) {
    const p = people.find((x) => x.name === name);
    if (!p) throw new Error(name);
    tokens[name] = await h.signIn(p.personId);
  }
  const upload = async (bytes: Uint8Array, who: string) => {
    const res = await h.post('/local/upload', bytes, tokens[who], { raw: true, contentType: 'image/png' });
    if (!res.body.ok) throw new Error(JSON.stringify(res.body));
    return (res.body.data as { uploadId: string }).uploadId;
  };
  const read = (uploadId: string, who: string) => h.fn('records', { action: 'read-certificate', uploadId }, tokens[who]);
  return { h, tokens, upload, read, reader };
}

describe('records.read-certificate', () => {
  let w: Awaited<ReturnType<typeof openWorld>>;
  beforeAll(async () => { w = await openWorld(); });
  afterAll(async () => { await w.h.close(); });

  it('reads fields with confidences, stores the reading on the upload, answers it again without reading', async () => {
    const uploadId = await w.upload(certificatePng(801), '赵磊');
    const first = await w.read(uploadId, '赵磊');
    expect(first.ok).toBe(true);
    const data = readCertificateData.parse(first.data);
    expect(data.fields.hours).toMatchObject({ value: 24, uncertain: false });
    expect(data.fields.level?.value).toBe('县');
    expect(data.fields.teacherName?.value).toBe('赵磊');
    expect(data.warnings).toEqual([]);
    expect(data.cached).toBe(false);
    const [doc] = await w.h.server.store.find<{ _id: string; reading?: { fields: unknown } }>('uploads', { _id: uploadId });
    expect(doc?.reading?.fields).toEqual(data.fields);
    const reads = w.reader.reads;
    const again = readCertificateData.parse((await w.read(uploadId, '赵磊')).data);
    expect(again).toMatchObject({ cached: true, fields: data.fields });
    expect(w.reader.reads).toBe(reads);
  });

  it('warns when the name on the certificate is not the caller\'s', async () => {
    const data = readCertificateData.parse((await w.read(await w.upload(certificatePng(802), '陈静'), '陈静')).data);
    expect(data.warnings.map((x) => x.code)).toContain('NAME_MISMATCH');
    expect(data.fields.teacherName?.uncertain).toBe(true);
  });

  it('refuses a PDF and an unknown upload with Chinese messages, writing nothing', async () => {
    const pdf = await w.h.post('/local/upload', tinyPdf(), w.tokens['赵磊'], { raw: true, contentType: 'application/pdf' });
    const pdfId = (pdf.body.data as { uploadId: string }).uploadId;
    const before = await w.h.snapshot();
    const refused = await w.read(pdfId, '赵磊');
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNREADABLE_IMAGE', message: expect.stringMatching(/PDF/) } });
    expect(await w.read('u_no_such_upload_000', '赵磊')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await w.h.snapshot()).toBe(before);
  });

  it('concurrent reads of several photos all answer, each stored on its own upload', async () => {
    const ids = await Promise.all([803, 804, 805, 806].map((n) => w.upload(certificatePng(n), '赵磊')));
    const results = await Promise.all(ids.map((id) => w.read(id, '赵磊')));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    const docs = await Promise.all(ids.map((id) => w.h.server.store.get<{ _id: string; reading?: unknown }>('uploads', id)));
    expect(docs.every((d) => d?.reading)).toBe(true);
  });
});

describe('records.read-certificate when the photo cannot be read', () => {
  it('a photo of nothing: NOT_A_CERTIFICATE, nothing stored, the teacher types as usual', async () => {
    const w = await openWorld(scriptedReader({ lines: [{ text: '窗外的树', confidence: 0.9, box: [0, 0, 100, 30] }] }));
    try {
      const id = await w.upload(certificatePng(807), '赵磊');
      const before = await w.h.snapshot();
      const res = await w.read(id, '赵磊');
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_A_CERTIFICATE', message: expect.stringContaining('直接填写') } });
      expect(await w.h.snapshot()).toBe(before);
    } finally {
      await w.h.close();
    }
  });

  it('a reading past its time: READ_TIMEOUT within the limit', async () => {
    process.env.READER_TIMEOUT_MS = '300';
    const w = await openWorld(scriptedReader({ delayMs: 5_000 }));
    try {
      const id = await w.upload(certificatePng(808), '赵磊');
      const started = Date.now();
      const res = await w.read(id, '赵磊');
      expect(res).toMatchObject({ ok: false, error: { code: 'READ_TIMEOUT', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      delete process.env.READER_TIMEOUT_MS;
      await w.h.close();
    }
  });
});

describe('duplicates', () => {
  let w: Awaited<ReturnType<typeof openWorld>>;
  beforeAll(async () => { w = await openWorld(); });
  afterAll(async () => { await w.h.close(); });

  const submit = (who: string, uploadId: string, requestId: string, certificateNo?: string) =>
    w.h.fn('records', { action: 'submit', requestId, record: record(certificateNo), uploadIds: [uploadId] }, w.tokens[who]);

  it('the same photo on two teachers\' records, submitted at the same moment: each teacher told, the reviewer warned on both', async () => {
    const photo = certificatePng(901);
    const [a, b] = [await w.upload(photo, '赵磊'), await w.upload(photo, '陈静')];
    // Both read their photo first (the form does), then submit together.
    const [readA, readB] = await Promise.all([w.read(a, '赵磊'), w.read(b, '陈静')]);
    expect(readCertificateData.parse(readA.data).duplicates.exactImage).toEqual([]);
    expect(readCertificateData.parse(readB.data).duplicates.exactImage).toEqual([]);
    const [ra, rb] = await Promise.all([submit('赵磊', a, 'dup-photo-a-0001'), submit('陈静', b, 'dup-photo-b-0001')]);
    expect([ra.ok, rb.ok]).toEqual([true, true]);
    // A third upload of the same bytes: the teacher is told it is on another record, not whose.
    const c = await w.upload(photo, '赵磊');
    const told = readCertificateData.parse((await w.read(c, '赵磊')).data).duplicates.exactImage;
    expect(told).toHaveLength(2);
    expect(told.find((d) => !d.sameTeacher)).not.toHaveProperty('teacherName');
    expect(told.find((d) => !d.sameTeacher)).not.toHaveProperty('title');
    for (const r of [ra, rb]) {
      const id = (r.data as { record: { id: string } }).record.id;
      const got = recordData.parse((await w.h.fn('records', { action: 'get', recordId: id }, w.tokens['王建国'])).data).record;
      const hints = got.readings?.[0]?.duplicates.exactImage ?? [];
      expect(hints).toHaveLength(1);
      expect(hints[0]?.teacherName).toMatch(/赵磊|陈静/);
      expect(hints[0]?.recordId).not.toBe(id);
    }
  });

  it('review.detail shows the reviewer the read values beside the typed ones, with duplicate hints', async () => {
    const photo = certificatePng(904);
    const a = await w.upload(photo, '赵磊');
    const read = readCertificateData.parse((await w.read(a, '赵磊')).data);
    expect(read.fields.hours?.value).toBe(24);
    // The teacher types 20 学时 where the certificate says 24.
    const typed = await w.h.fn('records', { action: 'submit', requestId: 'detail-read-0001', record: { ...record(), hours: 20 }, uploadIds: [a] }, w.tokens['赵磊']);
    expect(typed.ok).toBe(true);
    const other = await submit('陈静', await w.upload(photo, '陈静'), 'detail-read-0002');
    expect(other.ok).toBe(true);
    const id = (typed.data as { record: { id: string } }).record.id;
    const d = detailData.parse((await w.h.fn('review', { action: 'detail', recordId: id }, w.tokens['王建国'])).data);
    expect(d.record.input.hours).toBe(20);
    const byField = new Map(d.reading?.fields.map((f) => [f.field, f]));
    expect(byField.get('hours')).toMatchObject({ value: '24', confidence: read.fields.hours?.confidence });
    expect(byField.get('level')?.value).toBe('县');
    expect(byField.get('title')?.value).toBe(read.fields.title?.value);
    expect(d.reading?.hints.some((h) => h.includes('陈静'))).toBe(true);
  });

  it('a withdrawn record no longer counts as a duplicate', async () => {
    const photo = certificatePng(902);
    const first = await submit('陈静', await w.upload(photo, '陈静'), 'dup-withdraw-0001');
    const { id, version } = (first.data as { record: { id: string; version: number } }).record;
    const u = await w.upload(photo, '赵磊');
    expect(readCertificateData.parse((await w.read(u, '赵磊')).data).duplicates.exactImage).toHaveLength(1);
    expect((await w.h.fn('records', { action: 'withdraw', recordId: id, version }, w.tokens['陈静'])).ok).toBe(true);
    const u2 = await w.upload(photo, '赵磊');
    expect(readCertificateData.parse((await w.read(u2, '赵磊')).data).duplicates.exactImage).toHaveLength(0);
  });

  it('the read certificate number already on the teacher\'s record is a hint; two racing submits of it: exactly one DUPLICATE', async () => {
    const held = await submit('赵磊', await w.upload(certificatePng(903), '赵磊'), 'dup-no-held-0001', 'TYJX-2026-0815');
    expect(held.ok).toBe(true);
    const data = readCertificateData.parse((await w.read(await w.upload(certificatePng(904), '赵磊'), '赵磊')).data);
    expect(data.fields.certificateNo?.value).toBe('TYJX-2026-0815');
    expect(data.duplicates.sameCertificateNo).toHaveLength(1);
    const racers = await Promise.all([905, 906].map(async (n, i) => submit('陈静', await w.upload(certificatePng(n), '陈静'), `dup-no-race-${i}-0001`, 'YJ-2026-7777')));
    expect(racers.filter((r) => r.ok)).toHaveLength(1);
    expect(racers.filter((r) => !r.ok).map((r) => r.error?.code)).toEqual(['DUPLICATE']);
  });
});
