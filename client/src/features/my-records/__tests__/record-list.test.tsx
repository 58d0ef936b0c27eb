import { act, fireEvent, render, screen, waitFor, configure } from '@testing-library/react';
import { useState } from 'react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { recordView, TEACHER_ID } from '../../../../test/support/record-fixtures';
import { RecordList } from '../components/record-list';
import { useLocalPending, useRecordList } from '../hooks/use-record-list';
import type { LocalPendingItem, LocalPendingSource } from '../api/local-pending';
import { noLocalPending, outboxOf } from '../api/local-pending';
import { enqueueOutbox, listOutbox, removeOutbox, subscribeOutbox } from '@/services/outbox';
import { retryOutboxItem, startOutboxSync } from '@/services/outbox-sync';
import type { RecordQuery, RecordView } from '../api/records';

jest.setTimeout(60_000);
// The shared 2-core box is slow under load: give rendering time rather than flake.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'h5';
});

type ListAsk = { action: string; year?: number; status?: string | string[]; limit: number; skip: number };

/** records.list over `rows` (newest first already), filtering like the server; every ask is kept. */
function serve(rows: RecordView[], fail?: () => { code: string; message: string } | null) {
  const asks: ListAsk[] = [];
  taroMock.request.mockImplementation((req: { url: string; data: ListAsk }) => {
    asks.push(req.data);
    const error = fail?.();
    if (error) return Promise.resolve({ statusCode: 200, header: {}, data: { ok: false, error } });
    const statuses = req.data.status === undefined ? null : ([] as string[]).concat(req.data.status);
    const match = rows.filter((r) => (req.data.year === undefined || r.year === req.data.year) && (!statuses || statuses.includes(r.status)));
    const items = match.slice(req.data.skip, req.data.skip + req.data.limit);
    return Promise.resolve({ statusCode: 200, header: {}, data: { ok: true, data: { items, total: match.length } } });
  });
  return asks;
}

function Harness({ source = noLocalPending, onOpen = jest.fn() }: { source?: LocalPendingSource; onOpen?: (id: string) => void }) {
  const [query, setQuery] = useState<RecordQuery>({ year: null, statuses: null });
  const list = useRecordList(query);
  const local = useLocalPending(source);
  return (
    <RecordList state={list.state} query={query} years={[2026, 2025]} localPending={local} onQuery={setQuery}
      onOpen={onOpen} onRetry={() => void list.reload()} onMore={() => void list.loadMore()} onNew={jest.fn()}
      onRetryLocal={(id) => void source.retry(id).then((sent) => { if (sent) void list.reload(); })}
      onRemoveLocal={(id) => source.remove(id)} />
  );
}

const rowsText = () => [...document.querySelectorAll('.rrow__title')].map((e) => e.textContent);

describe('我的记录 list', () => {
  it('first page of 20, newest first, status chips, then 再看 for the next page without repeats', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => recordView({ input: { title: `记录${i + 1}` }, status: i === 0 ? 'returned' : i === 1 ? 'approved' : 'submitted', returnReason: i === 0 ? '学时与证书不一致' : null }));
    const asks = serve(rows);
    render(<Harness />);
    await waitFor(() => expect(rowsText()).toHaveLength(20));
    expect(rowsText()[0]).toBe('记录1');
    expect(document.querySelector('#record-count')?.textContent).toBe('共 23 条，最新提交的在前');
    expect(document.querySelector(`#record-${rows[0]!.id} .rchip`)?.textContent).toBe('已退回');
    expect(document.querySelector(`#record-${rows[0]!.id}`)?.textContent).toContain('退回原因：学时与证书不一致');
    expect(document.querySelector(`#record-${rows[1]!.id} .rchip`)?.textContent).toBe('已通过');
    expect(document.querySelector(`#record-${rows[2]!.id} .rchip`)?.textContent).toBe('待审核');
    expect(document.querySelector('#record-more')?.textContent).toBe('再看 3 条（还有 3 条）');
    fireEvent.click(document.querySelector('#record-more')!);
    await waitFor(() => expect(rowsText()).toHaveLength(23));
    expect(asks.map((a) => [a.skip, a.limit])).toEqual([[0, 20], [20, 20]]);
    expect(screen.getByText('已经到底了')).toBeTruthy();
  });

  it('filters by year and status: 待审核 asks for submitted and resubmitted together', async () => {
    const rows = [
      recordView({ status: 'resubmitted', input: { title: '重新提交的' } }),
      recordView({ status: 'approved', year: 2025, input: { title: '去年的', endDate: '2025-05-10', startDate: '2025-05-10' } }),
      recordView({ status: 'submitted', input: { title: '新交的' } }),
    ];
    const asks = serve(rows);
    render(<Harness />);
    await waitFor(() => expect(rowsText()).toHaveLength(3));
    fireEvent.click(document.querySelector('#filter-status-1')!); // 待审核
    await waitFor(() => expect(rowsText()).toEqual(['重新提交的', '新交的']));
    expect(asks.at(-1)).toEqual({ action: 'list', limit: 20, skip: 0, status: ['submitted', 'resubmitted'] });
    expect(document.querySelector('#filter-status-1')?.className).toContain('fchip--on');
    fireEvent.click(document.querySelector('#filter-year-2025')!);
    await waitFor(() => expect(screen.getByText('没有符合条件的记录')).toBeTruthy());
    expect(asks.at(-1)).toEqual({ action: 'list', limit: 20, skip: 0, year: 2025, status: ['submitted', 'resubmitted'] });
    fireEvent.click(document.querySelector('#filter-status-3')!); // 已通过
    await waitFor(() => expect(rowsText()).toEqual(['去年的']));
    expect(asks.at(-1)).toMatchObject({ year: 2025, status: 'approved' });
  });

  it('tapping a row opens it', async () => {
    const rows = [recordView({ input: { title: '点我' } })];
    serve(rows);
    const onOpen = jest.fn();
    render(<Harness onOpen={onOpen} />);
    await waitFor(() => expect(rowsText()).toEqual(['点我']));
    fireEvent.click(document.querySelector(`#record-${rows[0]!.id}`)!);
    expect(onOpen).toHaveBeenCalledWith(rows[0]!.id);
  });

  it('submissions still on the phone show on top as 待上传 and follow the outbox', async () => {
    serve([]);
    let items: LocalPendingItem[] = [{ requestId: 'req-00000001', title: '暑期班主任培训', createdAt: '2026-11-20T01:00:00.000Z', state: '待上传' }];
    const listeners = new Set<() => void>();
    const source: LocalPendingSource = {
      ...noLocalPending, list: () => items, subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); },
    };
    render(<Harness source={source} />);
    await waitFor(() => expect(document.querySelector('#local-req-00000001')).toBeTruthy());
    expect(document.querySelector('#local-req-00000001')?.textContent).toContain('待上传');
    expect(document.querySelector('#local-req-00000001')?.textContent).toContain('有网络后自动上传');
    expect(document.querySelector('#local-req-00000001')?.textContent).toContain('保存于 2026年11月20日 09:00');
    // Waiting for the network is nothing for her to do: no buttons.
    expect(document.querySelector('#local-retry-req-00000001')).toBeNull();
    // Nothing on the server yet, but the queued one is shown: no "还没有提交过" message.
    await waitFor(() => expect(document.querySelector('#status-loading')).toBeNull());
    expect(document.querySelector('#record-list-empty')).toBeNull();
    act(() => { items = []; listeners.forEach((l) => l()); });
    expect(document.querySelector('#local-pending')).toBeNull();
    expect(await screen.findByText('还没有提交过培训记录')).toBeTruthy();
  });

  it('a 失败 submit shows 失败 and the server\'s words; 重试 sends it again as one record; 删除 asks first', async () => {
    // records.submit idempotent by requestId like the real one; refuses while `refuse` is set.
    const stored = new Map<string, RecordView>();
    const submits: unknown[] = [];
    let refuse = true;
    taroMock.request.mockImplementation((req: { data: Record<string, unknown> }) => {
      const answer = (data: unknown) => Promise.resolve({ statusCode: 200, header: {}, data });
      if (req.data.action === 'submit') {
        submits.push(req.data.requestId);
        if (refuse) return answer({ ok: false, error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } });
        const id = String(req.data.requestId);
        const replayed = stored.has(id);
        if (!replayed) stored.set(id, recordView({ input: { title: (req.data.record as { title: string }).title } }));
        return answer({ ok: true, data: { record: stored.get(id), replayed } });
      }
      const items = [...stored.values()];
      return answer({ ok: true, data: { items, total: items.length } });
    });
    const record = { title: '暑期班主任培训', hours: 8, startDate: '2026-07-01', endDate: '2026-07-01', form: '集中', level: '县' } as const;
    const queued = { personId: TEACHER_ID, createdAt: '2026-11-20T01:00:00.000Z', record, photos: [] };
    enqueueOutbox({ requestId: 'req-failed01', title: '暑期班主任培训', ...queued });
    enqueueOutbox({ requestId: 'req-failed02', title: '师德专题讲座', ...queued, record: { ...record, title: '师德专题讲座' } });
    startOutboxSync(TEACHER_ID);
    await waitFor(() => expect(listOutbox().map((i) => i.state)).toEqual(['失败', '失败']));
    expect(listOutbox()[0]).toMatchObject({ error: '服务器出了点问题，请稍后重试', errorCode: 'INTERNAL' });
    const outbox = { list: listOutbox, subscribe: (l: () => void) => subscribeOutbox(() => l()), retry: retryOutboxItem, remove: removeOutbox };
    render(<Harness source={outboxOf(TEACHER_ID, outbox)} />);

    const row = await waitFor(() => document.querySelector('#local-req-failed01')!);
    expect(row.querySelector('.rchip')?.textContent).toBe('失败');
    expect(row.textContent).toContain('服务器出了点问题，请稍后重试');
    expect(row.textContent).not.toContain('登记证书'); // no more sending her round in a circle
    await waitFor(() => expect(document.querySelector('#status-loading')).toBeNull());
    expect(document.querySelector('#record-rows')).toBeNull(); // nothing on the server yet

    refuse = false;
    fireEvent.click(document.querySelector('#local-retry-req-failed01')!);
    // Sent: gone from the phone, and the list below now shows it from the server.
    await waitFor(() => expect(document.querySelector('#local-req-failed01')).toBeNull());
    await waitFor(() => expect(rowsText()).toEqual(['师德专题讲座', '暑期班主任培训']));
    expect(stored.size).toBe(1);
    expect(submits.filter((id) => id === 'req-failed01')).toHaveLength(2); // once refused, once sent
    // The other 失败 one was not sent behind her back.
    expect(listOutbox().map((i) => [i.requestId, i.state])).toEqual([['req-failed02', '失败']]);

    // 删除: she is asked; 不删 keeps it, 删除 takes it off the phone without sending it.
    fireEvent.click(document.querySelector('#local-remove-req-failed02')!);
    await waitFor(() => expect(taroMock.showModal).toHaveBeenCalledTimes(1));
    expect(taroMock.showModal.mock.calls[0]).toEqual([expect.objectContaining({ confirmText: '删除', cancelText: '不删' })]);
    expect(listOutbox()).toHaveLength(1);
    taroMock.showModal.mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }));
    fireEvent.click(document.querySelector('#local-remove-req-failed02')!);
    await waitFor(() => expect(document.querySelector('#local-pending')).toBeNull());
    expect(listOutbox()).toEqual([]);
    expect(submits.filter((id) => id === 'req-failed02')).toHaveLength(1);
    startOutboxSync(null);
  });

  it('empty, error with 重试, and signed out', async () => {
    let failure: { code: string; message: string } | null = { code: 'NETWORK', message: '网络不太好，请稍后重试' };
    serve([recordView({ input: { title: '回来了' } })], () => failure);
    const { unmount } = render(<Harness />);
    expect(await screen.findByText('记录暂时读不出来')).toBeTruthy();
    expect(screen.getByText('网络不太好，请稍后重试')).toBeTruthy();
    failure = null;
    fireEvent.click(screen.getByText('重试'));
    await waitFor(() => expect(rowsText()).toEqual(['回来了']));
    unmount();

    failure = { code: 'UNAUTHENTICATED', message: '请先登录' };
    render(<Harness />);
    expect(await screen.findByText('请先登录')).toBeTruthy();
    fireEvent.click(screen.getByText('去「我的」登录'));
    expect(taroMock.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
  });

  it('a failed next page keeps what is shown and offers 重试', async () => {
    const rows = Array.from({ length: 21 }, (_, i) => recordView({ input: { title: `第${i + 1}条` } }));
    let calls = 0;
    serve(rows, () => (++calls === 2 ? { code: 'TIMEOUT', message: '网络不太好，请稍后重试' } : null));
    render(<Harness />);
    await waitFor(() => expect(rowsText()).toHaveLength(20));
    fireEvent.click(document.querySelector('#record-more')!);
    await waitFor(() => expect(document.querySelector('#record-more')?.textContent).toBe('重试'));
    expect(rowsText()).toHaveLength(20);
    fireEvent.click(document.querySelector('#record-more')!);
    await waitFor(() => expect(rowsText()).toHaveLength(21));
  });
});
