import { mineWithExtras, recordView, TEACHER_ID } from '../support/record-fixtures';
import { bootApp, openPage, textOf, until, type CloudMock } from './harness';

/**
 * 我的记录 → record detail → 撤回 in the compiled mini-program (subpackage my-records):
 * wx.cloud answers records.list / get / withdraw and progress.mine like the server,
 * wx.showModal confirms, wx.previewImage is watched.
 */
jest.setTimeout(60_000);

const returned = recordView({ status: 'returned', returnReason: '证书照片看不清培训学时和印章，请重新拍照上传', returnFields: ['hasCertificate'], allowedActions: ['resubmit', 'withdraw'], input: { title: '班主任能力提升培训' } });
const waiting = recordView({
  status: 'submitted', input: { title: '心理健康网络课程', content: '公需', form: '网络', hours: 6 },
  certificates: [{ fileId: 'cloud://env/certs/a.jpg', contentType: 'image/jpeg', size: 2000, url: 'https://tmp.example/a.jpg' }],
  actorNames: { [TEACHER_ID]: '陈静' },
});
const records = new Map([[waiting.id, waiting], [returned.id, returned]]);
const events: Array<{ name: string; data: Record<string, unknown> }> = [];

const cloud: CloudMock = {
  init: jest.fn(),
  callFunction: jest.fn(async ({ name, data }: { name: string; data: Record<string, unknown> }) => {
    events.push({ name, data });
    const ok = (d: unknown) => ({ result: { ok: true, data: d } });
    if (name === 'records' && data.action === 'list') return ok({ items: [...records.values()], total: records.size });
    const r = records.get(String(data.recordId));
    if (name === 'records' && data.action === 'get' && r) return ok({ record: r });
    if (name === 'records' && data.action === 'withdraw' && r) {
      const next = { ...r, status: 'withdrawn', version: r.version + 1, allowedActions: [],
        history: [...r.history, { at: '2026-11-20T08:00:00.000Z', by: TEACHER_ID, action: 'withdraw', from: r.status, to: 'withdrawn' }] };
      records.set(r.id, next as typeof r);
      return ok({ record: next });
    }
    if (name === 'progress' && data.action === 'mine') return ok(mineWithExtras([...records.values()], data.recordId as string | undefined));
    return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个操作' } } };
  }),
};

const wxGlobal = () => (globalThis as unknown as { wx: Record<string, unknown> }).wx;
beforeAll(() => {
  bootApp(cloud);
  wxGlobal().showModal = jest.fn((o: { success?: (r: unknown) => void }) => o.success?.({ confirm: true, cancel: false, errMsg: 'showModal:ok' }));
  wxGlobal().previewImage = jest.fn((o: { success?: (r: unknown) => void }) => o.success?.({ errMsg: 'previewImage:ok' }));
});

describe('mini-program 我的记录', () => {
  it('lists her records with status chips and the reason of a returned one', async () => {
    const page = openPage('my-records/list/index');
    await until(() => textOf(page).includes('心理健康网络课程'), '记录列表');
    const text = textOf(page);
    for (const shown of ['全部年度', '待审核', '已退回', '共 2 条，最新提交的在前', '班主任能力提升培训', '退回原因：证书照片看不清培训学时和印章，请重新拍照上传', '6 学时']) {
      expect(text).toContain(shown);
    }
    expect(events.find((e) => e.data.action === 'list')?.data).toEqual({ action: 'list', limit: 20, skip: 0 });
  });

  it('detail: 审核通过后 +6 学时, the photo zooms, and 撤回 after confirming', async () => {
    const page = openPage('my-records/detail/index', { id: waiting.id });
    await until(() => textOf(page).includes('审核通过后 +6 学时'), '预计学分');
    expect(textOf(page)).toContain('预计计入「公需科目」');
    expect(textOf(page)).toContain('提交 · 本人');
    page.querySelector('#photo-0')?.dispatchEvent('tap');
    await until(() => (wxGlobal().previewImage as jest.Mock).mock.calls.length > 0, '放大照片');
    expect((wxGlobal().previewImage as jest.Mock).mock.calls[0][0]).toMatchObject({ current: 'https://tmp.example/a.jpg', urls: ['https://tmp.example/a.jpg'] });
    page.querySelector('#withdraw')?.dispatchEvent('tap');
    await until(() => textOf(page).includes('已撤回，不计学分'), '撤回后的记录');
    expect((wxGlobal().showModal as jest.Mock).mock.calls[0][0]).toMatchObject({ title: '撤回这条记录？' });
    expect(events.filter((e) => e.data.action === 'withdraw').map((e) => e.data)).toEqual([{ action: 'withdraw', recordId: waiting.id, version: 1 }]);
    expect(textOf(page)).toContain('撤回 · 本人');
    expect(textOf(page)).not.toContain('撤回这条记录');
  });
});
