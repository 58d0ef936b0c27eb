import { fireEvent, render, screen, waitFor, configure } from '@testing-library/react';
import RecordDetailPage from '@/my-records/detail/index';
import { resetTaroMock, routerParams, taroMock } from '../../../../test/support/taro-mock';
import { mineWithExtras, recordView, TEACHER_ID } from '../../../../test/support/record-fixtures';
import type { RecordView } from '../api/records';

jest.setTimeout(60_000);
// The shared 2-core box is slow under load: give rendering time rather than flake.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'h5';
});

/** records.get / records.withdraw / progress.mine over a little world of 陈静's records. */
function serve(records: RecordView[]) {
  const asks: Array<{ url: string; data: Record<string, unknown> }> = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const ok = (data: unknown) => Promise.resolve({ statusCode: 200, header: {}, data: { ok: true, data } });
  taroMock.request.mockImplementation((req: { url: string; data: Record<string, unknown> }) => {
    asks.push(req);
    const r = byId.get(String(req.data.recordId));
    if (req.url === '/api/fn/records' && req.data.action === 'get') {
      return r ? ok({ record: r }) : Promise.resolve({ statusCode: 200, header: {}, data: { ok: false, error: { code: 'NOT_FOUND', message: '记录不存在' } } });
    }
    if (req.url === '/api/fn/records' && req.data.action === 'withdraw' && r) {
      if (req.data.version !== r.version) return Promise.resolve({ statusCode: 200, header: {}, data: { ok: false, error: { code: 'VERSION_CONFLICT', message: '该记录已被他人处理，请刷新' } } });
      const next: RecordView = { ...r, status: 'withdrawn', version: r.version + 1, allowedActions: [],
        history: [...r.history, { at: '2026-11-20T08:00:00.000Z', by: TEACHER_ID, action: 'withdraw', from: r.status, to: 'withdrawn' }] };
      byId.set(r.id, next);
      return ok({ record: next });
    }
    if (req.url === '/api/fn/progress' && req.data.action === 'mine') {
      return ok(mineWithExtras([...byId.values()], String(req.data.recordId)));
    }
    return Promise.resolve({ statusCode: 404, header: {}, data: null });
  });
  return asks;
}

const open = (id: string) => { routerParams.id = id; return render(<RecordDetailPage />); };
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';

describe('record detail', () => {
  it('an approved record: credits with the chain (rule and document sentence), photos that zoom, fields, who and when', async () => {
    const r = recordView({
      status: 'approved', allowedActions: [], input: { title: '县暑期班主任培训', hours: 8, topic: '班主任' },
      certificates: [
        { fileId: 'f1.jpg', contentType: 'image/jpeg', size: 1000, url: '/files/f1.jpg' },
        { fileId: 'f2.jpg', contentType: 'image/jpeg', size: 1000, url: '/files/f2.jpg' },
      ],
      history: [
        { at: '2026-05-11T02:30:00.000Z', by: TEACHER_ID, action: 'submit', from: null, to: 'submitted' },
        { at: '2026-05-12T07:05:00.000Z', by: 'p-王建国', action: 'approve', from: 'submitted', to: 'approved' },
      ],
      actorNames: { [TEACHER_ID]: '陈静', 'p-王建国': '王建国' },
    });
    serve([r]);
    open(r.id);
    await waitFor(() => expect(text('#record-credits')).toContain('已计入'));
    expect(text('#record-credits-title')).toBe('已计入 8 学时');
    expect(text('#record-credits-detail')).toBe('计入「专业科目 › 集中培训」');
    expect(text('#chain-step-0')).toContain('文件原文：「');
    expect(text('#chain-step-0')).toContain('规则编号 ty-');
    expect(text('#explanation-chain')).toContain('1学时=1学分');
    expect(text('#record-head .rchip')).toBe('已通过');
    expect(text('#detail-hours')).toBe('学时8 学时');
    expect(text('#detail-dates')).toBe('培训日期2026年5月8日—5月10日');
    expect(text('#record-history')).toContain('提交 · 本人2026年5月11日 10:30');
    expect(text('#record-history')).toContain('审核通过 · 王建国2026年5月12日 15:05');
    fireEvent.click(document.querySelector('#photo-1')!);
    expect(taroMock.previewImage).toHaveBeenCalledWith({ current: '/files/f2.jpg', urls: ['/files/f1.jpg', '/files/f2.jpg'] });
    expect(document.querySelector('#withdraw')).toBeNull();
  });

  it('a pending record says 审核通过后 +N; withdrawing asks first, cancel sends nothing, confirm withdraws', async () => {
    const r = recordView({ status: 'submitted', input: { title: '心理健康讲座', content: '公需', form: '网络', hours: 6 } });
    const asks = serve([r]);
    open(r.id);
    await waitFor(() => expect(text('#record-credits-title')).toBe('审核通过后 +6 学时'));
    expect(text('#record-credits-detail')).toBe('预计计入「公需科目」');
    fireEvent.click(document.querySelector('#withdraw')!);
    await waitFor(() => expect(taroMock.showModal).toHaveBeenCalledTimes(1));
    expect((taroMock.showModal.mock.calls[0] as unknown[])[0]).toMatchObject({ title: '撤回这条记录？', confirmText: '确定撤回', cancelText: '不撤回' });
    expect(asks.filter((a) => a.data.action === 'withdraw')).toHaveLength(0);

    taroMock.showModal.mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }));
    fireEvent.click(document.querySelector('#withdraw')!);
    await waitFor(() => expect(text('#record-head .rchip')).toBe('已撤回'));
    expect(asks.filter((a) => a.data.action === 'withdraw')).toEqual([expect.objectContaining({ data: { action: 'withdraw', recordId: r.id, version: 1 } })]);
    await waitFor(() => expect(text('#record-credits-title')).toBe('已撤回，不计学分'));
    expect(document.querySelector('#withdraw')).toBeNull();
    expect(text('#record-history')).toContain('撤回 · 本人');
    expect(taroMock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤回' }));
  });

  it('a returned record starts with the reviewer’s reason and 修改后重新提交 to the capture form', async () => {
    const r = recordView({
      status: 'returned', returnReason: '填写的学时与证书不一致，证书上为 12 学时', returnFields: ['hours'], allowedActions: ['resubmit', 'withdraw'],
      input: { hours: 16 },
    });
    serve([r]);
    open(r.id);
    await waitFor(() => expect(text('#returned-banner')).toContain('学校退回了这条记录'));
    expect(document.querySelector('#record-detail')?.firstElementChild?.id).toBe('returned-banner');
    expect(text('#detail-return-reason')).toBe('填写的学时与证书不一致，证书上为 12 学时');
    expect(text('#returned-banner')).toContain('需要修改：学时');
    expect(text('#detail-hours')).toBe('学时（需修改）16 学时');
    await waitFor(() => expect(text('#record-credits-title')).toBe('已退回，暂不计学分'));
    fireEvent.click(document.querySelector('#resubmit')!);
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: `/record-entry/submit/index?resubmit=${r.id}` });
  });

  it('a record the policy excludes says why, with the document sentence', async () => {
    const r = recordView({ status: 'approved', allowedActions: [], input: { passed: false, title: '未通过考核的培训' } });
    serve([r]);
    open(r.id);
    await waitFor(() => expect(text('#record-credits-title')).toBe('这条记录不计学分'));
    expect(text('#record-credits')).toContain('文件原文：「');
  });

  it('credits that fail to load have their own 重试; the record stays shown', async () => {
    const r = recordView({ status: 'submitted', input: { title: '网络课程', content: '公需', form: '网络', hours: 4 } });
    serve([r]);
    const served = taroMock.request.getMockImplementation()!;
    let failMine = true;
    taroMock.request.mockImplementation((req: { url: string; data: Record<string, unknown> }) => (
      failMine && req.url === '/api/fn/progress' ? Promise.reject(new TypeError('Failed to fetch')) : served(req)));
    open(r.id);
    await waitFor(() => expect(text('#record-credits')).toContain('学分暂时算不出来：网络不太好，请稍后重试'));
    expect(text('#record-head')).toContain('网络课程');
    failMine = false;
    fireEvent.click(document.querySelector('#record-credits-retry')!);
    await waitFor(() => expect(text('#record-credits-title')).toBe('审核通过后 +4 学时'));
  });

  it('not found, network error with 重试, and signed out', async () => {
    serve([]);
    const first = open('nope');
    expect(await screen.findByText('找不到这条记录')).toBeTruthy();
    first.unmount();
    taroMock.request.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    const second = open('r-x');
    expect(await screen.findByText('记录暂时读不出来')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
    second.unmount();
    taroMock.request.mockImplementation(() => Promise.resolve({ statusCode: 200, header: {}, data: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } } }));
    open('r-y');
    expect(await screen.findByText('去「我的」登录')).toBeTruthy();
  });
});
