import { resetTaroMock, taroMock } from '../../../test/support/taro-mock';
import { enqueueOutbox, listOutbox, subscribeOutbox, type OutboxItem } from '../outbox';
import { flushOutbox, retryOutboxItem, startOutboxSync } from '../outbox-sync';
import { uploadCertificate } from '../upload';

jest.mock('../upload', () => ({ uploadCertificate: jest.fn() }));
const upload = uploadCertificate as jest.MockedFunction<typeof uploadCertificate>;

const record = { title: '暑期培训', hours: 8, startDate: '2026-07-01', endDate: '2026-07-01', form: '集中', level: '县' } as const;
const item = (requestId: string, over: Partial<OutboxItem> = {}): Omit<OutboxItem, 'state'> => ({
  requestId, personId: 'p1', title: '暑期培训', createdAt: '2026-11-22T06:00:00.000Z', record, photos: [], ...over,
});

/** The local server's records.submit, idempotent by requestId like the real one. */
function fakeSubmit(answers: Array<'ok' | 'network' | 'duplicate' | 'internal'>) {
  const stored = new Map<string, number>();
  const sent: Array<Record<string, unknown>> = [];
  taroMock.request.mockImplementation((req: { data: Record<string, unknown> }) => {
    sent.push(req.data);
    const answer = answers.shift() ?? 'ok';
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'internal') return Promise.resolve({ statusCode: 200, data: { ok: false, error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } } });
    if (answer === 'duplicate') return Promise.resolve({ statusCode: 200, data: { ok: false, error: { code: 'DUPLICATE', message: '这个证书编号已经登记过' } } });
    const id = String(req.data.requestId);
    const replayed = stored.has(id);
    if (!replayed) stored.set(id, stored.size + 1);
    const at = '2026-11-22T06:00:00.000Z';
    const view = {
      id: `r${stored.get(id)}`, teacherId: 'p1', schoolId: 's1', countyId: 'c1', year: 2026, status: 'submitted', version: 1,
      input: { organizer: '', location: '县内', tags: [], role: '学员', passed: true, hasCertificate: false, ...record }, retake: false, corrects: null,
      supersededBy: null, certificates: [], returnReason: null, returnFields: [], reviewNote: null, reviewedBy: null, reviewedAt: null,
      submittedAt: at, updatedAt: at, history: [], allowedActions: ['withdraw'],
    };
    return Promise.resolve({ statusCode: 200, data: { ok: true, data: { record: view, replayed } } });
  });
  return { sent, stored };
}

beforeEach(() => { resetTaroMock(); upload.mockReset(); startOutboxSync(null); });

describe('outbox', () => {
  it('lists queued submits as 待上传 and tells subscribers about every change', () => {
    const seen: number[] = [];
    const stop = subscribeOutbox((items) => seen.push(items.length));
    enqueueOutbox(item('req-aaaaaaaa'));
    enqueueOutbox(item('req-aaaaaaaa')); // the same draft again: still one item
    enqueueOutbox(item('req-bbbbbbbb'));
    stop();
    enqueueOutbox(item('req-cccccccc'));
    expect(listOutbox().map((i) => [i.requestId, i.state])).toEqual([['req-aaaaaaaa', '待上传'], ['req-bbbbbbbb', '待上传'], ['req-cccccccc', '待上传']]);
    expect(seen).toEqual([1, 1, 2]);
  });

  it('sends only the signed-in person’s items, with their requestId; uploads a waiting photo once', async () => {
    const server = fakeSubmit(['network']);
    upload.mockResolvedValue({ ok: true, data: { uploadId: 'u_1', contentType: 'image/jpeg', size: 1000 } });
    enqueueOutbox(item('req-mine0001', { photos: [{ key: 'pkey00001', kind: 'image', localPath: 'data:', uploadId: undefined }] }));
    enqueueOutbox(item('req-other001', { personId: 'p2' }));
    startOutboxSync('p1');
    await flushOutbox();
    // The submit failed for lack of network: still waiting, photo not uploaded again next time.
    expect(listOutbox().find((i) => i.requestId === 'req-mine0001')).toMatchObject({ state: '待上传', photos: [{ uploadId: 'u_1' }] });
    await flushOutbox();
    expect(upload).toHaveBeenCalledTimes(1);
    expect(server.sent.map((d) => [d.action, d.requestId, d.uploadIds])).toEqual([
      ['submit', 'req-mine0001', ['u_1']], ['submit', 'req-mine0001', ['u_1']],
    ]);
    expect(server.sent.some((d) => d.requestId === 'req-other001')).toBe(false);
  });

  it('a refused submit (duplicate number) stays as 失败 with the server message', async () => {
    fakeSubmit(['duplicate']);
    enqueueOutbox(item('req-dup00001'));
    startOutboxSync('p1');
    await flushOutbox();
    expect(listOutbox()[0]).toMatchObject({ state: '失败', error: '这个证书编号已经登记过' });
  });

  it('a sent item leaves the outbox; sending again after a lost answer makes no second record', async () => {
    const server = fakeSubmit(['ok', 'ok']);
    enqueueOutbox(item('req-sent0001', { photos: [{ key: 'pkey00002', kind: 'image', localPath: 'data:', uploadId: 'u_9' }] }));
    startOutboxSync('p1');
    await flushOutbox();
    expect(listOutbox()).toEqual([]);
    expect(upload).not.toHaveBeenCalled(); // uploaded before: never again
    // The phone lost the answer and queued the same draft again: same requestId, same record.
    enqueueOutbox(item('req-sent0001'));
    await flushOutbox();
    expect(listOutbox()).toEqual([]);
    expect(server.sent).toHaveLength(2);
    expect(server.stored.size).toBe(1);
  });

  it('a refused photo makes the item 失败 with the server\'s words and code; flushes leave it alone', async () => {
    const server = fakeSubmit([]);
    upload.mockResolvedValue({ ok: false, error: { code: 'FILE_UNSAFE', message: 'PDF 里带有可执行的内容，请直接拍照上传证书' } });
    enqueueOutbox(item('req-unsafe01', { photos: [{ key: 'pkey00003', kind: 'pdf', localPath: 'data:' }] }));
    startOutboxSync('p1');
    await flushOutbox();
    expect(listOutbox()[0]).toMatchObject({ state: '失败', error: 'PDF 里带有可执行的内容，请直接拍照上传证书', errorCode: 'FILE_UNSAFE' });
    await flushOutbox();
    expect(upload).toHaveBeenCalledTimes(1); // 失败 waits for her: 重试 or 删除
    expect(server.sent).toEqual([]);
  });

  it('重试 sends a 失败 item again with its requestId: one record, and it leaves the outbox', async () => {
    const server = fakeSubmit(['internal', 'ok']);
    enqueueOutbox(item('req-retry001'));
    startOutboxSync('p1');
    await flushOutbox();
    expect(listOutbox()[0]).toMatchObject({ state: '失败', errorCode: 'INTERNAL' });
    await expect(retryOutboxItem('req-retry001')).resolves.toBe(true);
    expect(listOutbox()).toEqual([]);
    expect(server.sent.map((d) => d.requestId)).toEqual(['req-retry001', 'req-retry001']);
    expect(server.stored.size).toBe(1);
    await expect(retryOutboxItem('req-retry001')).resolves.toBe(false); // gone: nothing to send
    expect(server.sent).toHaveLength(2);
  });

  it('重试 during a flush that skipped the item still sends it once that flush ends', async () => {
    const server = fakeSubmit(['duplicate']);
    enqueueOutbox(item('req-failed03'));
    startOutboxSync('p1');
    await flushOutbox();
    expect(listOutbox()[0]?.state).toBe('失败');
    let release: () => void = () => undefined;
    upload.mockImplementation(() => new Promise((r) => { release = () => r({ ok: true, data: { uploadId: 'u_5', contentType: 'image/jpeg', size: 1 } }); }));
    enqueueOutbox(item('req-slow0001', { photos: [{ key: 'pkey00005', kind: 'image', localPath: 'data:' }] }));
    const busy = flushOutbox(); // reads the list with req-failed03 still 失败
    const retried = retryOutboxItem('req-failed03');
    release();
    await busy;
    await expect(retried).resolves.toBe(true);
    expect(server.sent.map((d) => d.requestId)).toEqual(['req-failed03', 'req-slow0001', 'req-failed03']);
    expect(listOutbox()).toEqual([]);
  });
});
