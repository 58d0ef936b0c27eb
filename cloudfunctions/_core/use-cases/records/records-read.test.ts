import { collections } from '../../../../shared/schemas/domain/collections';
import { resolveCaller } from '../../auth/resolve-caller';
import { recordIn, submitAs } from '../testing/flows';
import { openWorld, recordInput, rid, samples, type Who, type World } from '../testing/world';
import { sha256Hex } from '../support/ids';
import { registerUpload, stageUpload } from './stage-upload';

let w: World;
beforeEach(async () => { w = await openWorld(); });
afterEach(async () => { await w.close(); });

type Page = { items: { id: string; teacherId: string; status: string; teacherName?: string }[]; total: number };

describe('records.list', () => {
  it('a teacher sees only her own records, newest first, with paging and filters', async () => {
    const first = await submitAs(w);
    w.now = '2026-06-02T02:00:00.000Z';
    const second = await submitAs(w, 'alice', { startDate: '2025-05-01', endDate: '2025-05-02' });
    await submitAs(w, 'bob');
    const all = await w.ok<Page>('records', { action: 'list' }, 'alice');
    expect(all.items.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(all.total).toBe(2);
    const y2025 = await w.ok<Page>('records', { action: 'list', year: 2025 }, 'alice');
    expect(y2025.items.map((r) => r.id)).toEqual([second.id]);
    const page = await w.ok<Page>('records', { action: 'list', limit: 1, skip: 1 }, 'alice');
    expect(page).toMatchObject({ total: 2, items: [{ id: first.id }] });
    const none = await w.ok<Page>('records', { action: 'list', status: 'approved' }, 'alice');
    expect(none.total).toBe(0);
  });

  it.each([
    ['paula', true], ['oscar', true], ['zoe', true],
    ['bob', false], ['quinn', false], ['yara', false], ['carol', false],
  ] as const)('%s listing alice\'s records → allowed: %s', async (who: Who, allowed) => {
    await submitAs(w);
    const res = await w.call('records', { action: 'list', teacherId: 'alice' }, who);
    if (allowed) expect(res).toMatchObject({ ok: true, data: { total: 1, items: [{ teacherId: 'alice', teacherName: 'alice' }] } });
    else expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses bad paging', async () => {
    for (const bad of [{ limit: 0 }, { limit: 1000 }, { skip: -1 }, { limit: 1.5 }, { year: 1800 }, { status: 'deleted' }]) {
      expect(await w.call('records', { action: 'list', ...bad }, 'alice')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe('records.get', () => {
  it.each([
    ['alice', true, ['withdraw']], ['paula', true, ['approve', 'return']], ['zoe', true, ['approve', 'return']],
    ['bob', false, []], ['quinn', false, []], ['yara', false, []],
  ] as const)('%s reading alice\'s record → %s', async (who, allowed, actions) => {
    const r = await submitAs(w);
    const res = await w.call('records', { action: 'get', recordId: r.id }, who);
    if (allowed) expect(res).toMatchObject({ ok: true, data: { record: { id: r.id, allowedActions: actions } } });
    else expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('unknown id → NOT_FOUND', async () => {
    expect(await w.call('records', { action: 'get', recordId: 'r_missing' }, 'alice')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('records.withdraw and resubmit scope', () => {
  it('only the owner may withdraw or resubmit; nothing is written otherwise', async () => {
    const r = await submitAs(w);
    const returned = await recordIn(w, 'returned');
    const before = await w.counts();
    for (const who of ['bob', 'paula', 'zoe'] as const) {
      expect(await w.call('records', { action: 'withdraw', recordId: r.id, version: 1 }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await w.call('records', { action: 'resubmit', recordId: returned.id, version: returned.version }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await w.counts()).toEqual(before);
  });

  it('resubmit re-checks duplicates and dates', async () => {
    await submitAs(w, 'alice', { certificateNo: 'DUP-1' });
    const returned = await recordIn(w, 'returned');
    const before = await w.counts();
    const dup = await w.call('records', { action: 'resubmit', recordId: returned.id, version: returned.version, record: recordInput({ certificateNo: 'dup 1' }) }, 'alice');
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    const future = await w.call('records', { action: 'resubmit', recordId: returned.id, version: returned.version, record: recordInput({ startDate: '2026-12-01', endDate: '2026-12-02' }) }, 'alice');
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await w.counts()).toEqual(before);
  });
});

describe('certificates', () => {
  const stage = async (who: Exclude<Who, 'anonymous' | 'stranger'>, bytes: Buffer) => {
    const deps = w.deps(who);
    return stageUpload(deps, await resolveCaller(deps), bytes);
  };

  it('a staged upload is checked, claimed by the record and moved to a server-chosen path', async () => {
    const up = await stage('alice', samples.pdf);
    expect(up.contentType).toBe('application/pdf');
    const res = await w.ok<{ record: { id: string; certificates: { fileId: string; contentType: string }[] } }>('records', {
      action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [up.uploadId],
    }, 'alice');
    const cert = res.record.certificates[0]!;
    expect(cert.contentType).toBe('application/pdf');
    const stored = await w.store.get<{ _id: string; certificates: { sha256: string }[] }>(collections.records, res.record.id);
    expect(stored?.certificates[0]?.sha256).toBe(up.sha256); // the stored file's hash travels to the record
    expect(cert.fileId).toMatch(/^certificates\/c1\/alice\/2026\/[0-9a-f]{32}\.pdf$/);
    expect(await w.files.get(cert.fileId)).toEqual(samples.pdf);
    expect(await w.store.get(collections.uploads, up.uploadId)).toMatchObject({ claimedBy: res.record.id });
    const got = await w.ok<{ record: { certificates: { url?: string }[] } }>('records', { action: 'get', recordId: res.record.id }, 'alice');
    expect(got.record.certificates[0]?.url).toBe(`/files/${cert.fileId}`);
  });

  it('refuses a file that is not an image or PDF, whatever it claims to be', async () => {
    await expect(stage('alice', samples.exe)).rejects.toMatchObject({ code: 'FILE_TYPE' });
    await expect(stage('alice', Buffer.alloc(6 * 1024 * 1024, 0xff))).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await w.store.count(collections.uploads, {})).toBe(0);
  });

  it('another teacher\'s upload, an unknown one, or one already used cannot be attached', async () => {
    const bobs = await stage('bob', samples.jpeg);
    const before = await w.counts();
    const steal = await w.call('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [bobs.uploadId] }, 'alice');
    expect(steal).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unknown = await w.call('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: ['u_nope'] }, 'alice');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await w.counts()).toEqual(before);
    const mine = await stage('alice', samples.png);
    await w.ok('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [mine.uploadId] }, 'alice');
    const again = await w.call('records', { action: 'submit', requestId: rid(), record: recordInput({ title: '另一条' }), uploadIds: [mine.uploadId] }, 'alice');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a retried submit with the same upload returns the first result, with its file intact', async () => {
    const up = await stage('alice', samples.jpeg);
    const requestId = rid();
    const event = { action: 'submit', requestId, record: recordInput(), uploadIds: [up.uploadId] };
    const [a, b] = await Promise.all([w.call('records', event, 'alice'), w.call('records', event, 'alice')]);
    expect(a.ok && b.ok).toBe(true);
    const rec = (a.ok ? a.data : null) as { record: { id: string; certificates: { fileId: string }[] } };
    const stored = await w.store.get<{ _id: string; sha256: string }>(collections.uploads, up.uploadId);
    expect(sha256Hex((await w.files.get(rec.record.certificates[0]!.fileId))!)).toBe(stored?.sha256);
    expect(await w.store.count(collections.records, {})).toBe(1);
  });

  it('resubmit can drop a certificate and add a new one', async () => {
    const up = await stage('alice', samples.jpeg);
    const sub = await w.ok<{ record: { id: string; certificates: { fileId: string }[] } }>('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [up.uploadId] }, 'alice');
    await w.ok('review', { action: 'return', recordId: sub.record.id, version: 1, reason: '照片模糊' }, 'paula');
    const clearer = await stage('alice', samples.png);
    const res = await w.ok<{ record: { certificates: { contentType: string }[]; status: string } }>('records', {
      action: 'resubmit', recordId: sub.record.id, version: 2, removeFileIds: [sub.record.certificates[0]!.fileId], uploadIds: [clearer.uploadId],
    }, 'alice');
    expect(res.record).toMatchObject({ status: 'resubmitted', certificates: [{ contentType: 'image/jpeg' }] }); // photos are stored as JPEG
  });

  it('records.upload-certificate registers a file the client put under staging/, once', async () => {
    await w.files.put('staging/wx-abcdef123456.jpg', samples.jpeg, 'image/jpeg');
    const first = await w.ok<{ uploadId: string }>('records', { action: 'upload-certificate', fileId: 'staging/wx-abcdef123456.jpg' }, 'alice');
    const again = await w.ok<{ uploadId: string }>('records', { action: 'upload-certificate', fileId: 'staging/wx-abcdef123456.jpg' }, 'alice');
    expect(again.uploadId).toBe(first.uploadId);
    expect(await w.call('records', { action: 'upload-certificate', fileId: 'staging/wx-abcdef123456.jpg' }, 'bob')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const fileId of ['certificates/c1/bob/2026/x.jpg', '../etc/passwd', 'staging/../db.sqlite']) {
      expect(await w.call('records', { action: 'upload-certificate', fileId }, 'alice')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await w.files.get('staging/wx-abcdef123456.jpg')).toBeNull(); // the client's original is replaced by the stored JPEG
    await w.files.put('staging/wx-notanimage1.jpg', samples.exe, 'image/jpeg');
    expect(await w.call('records', { action: 'upload-certificate', fileId: 'staging/wx-notanimage1.jpg' }, 'alice')).toMatchObject({ ok: false, error: { code: 'FILE_TYPE' } });
    const deps = w.deps('alice');
    await expect(registerUpload(deps, await resolveCaller(deps), 'staging/wx-missing00001.jpg')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a staged upload is its uploader\'s alone: nobody else registers, claims or reaches it by its file id', async () => {
    const mine = await stage('alice', samples.png);
    const doc = await w.store.get<{ _id: string; fileId: string; sha256: string; contentType: string }>(collections.uploads, mine.uploadId);
    expect(doc).toMatchObject({ fileId: expect.stringMatching(/^inbox\/u_[0-9a-f]{32}\.jpg$/), contentType: 'image/jpeg', sha256: mine.sha256 });
    const before = await w.counts();
    // Registering her stored file as one's own: not a client staging path.
    expect(await w.call('records', { action: 'upload-certificate', fileId: doc!.fileId }, 'bob')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await w.call('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [mine.uploadId] }, 'bob'))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await w.counts()).toEqual(before);
  });

  it('a file two people registered (legacy data) is claimable by neither stranger; a registered file is refused to the second', async () => {
    await w.files.put('staging/wx-shared000001.png', samples.png, 'image/png');
    await w.ok('records', { action: 'upload-certificate', fileId: 'staging/wx-shared000001.png' }, 'alice');
    const second = await w.call('records', { action: 'upload-certificate', fileId: 'staging/wx-shared000001.png' }, 'bob');
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await w.store.count(collections.uploads, {})).toBe(1);
  });

  it('a CloudBase fileID on the local store is INVALID_INPUT and a missing file NOT_FOUND, never INTERNAL', async () => {
    expect(await w.call('records', { action: 'upload-certificate', fileId: 'cloud://env-1/staging/abcdefgh.png' }, 'alice'))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '文件编号不正确，请重新上传' } });
    expect(await w.call('records', { action: 'upload-certificate', fileId: 'staging/wx-neverthere1.png' }, 'alice'))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a stored copy changed after inspection is not attached', async () => {
    const up = await stage('alice', samples.png);
    const doc = await w.store.get<{ _id: string; fileId: string }>(collections.uploads, up.uploadId);
    await w.files.put(doc!.fileId, Buffer.concat([samples.jpeg, Buffer.from('<html><script>1</script>')]), 'image/jpeg');
    const before = await w.counts();
    expect(await w.call('records', { action: 'submit', requestId: rid(), record: recordInput(), uploadIds: [up.uploadId] }, 'alice'))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await w.counts()).toEqual(before);
  });
});
