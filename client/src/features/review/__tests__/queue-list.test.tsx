import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { fakeFunctions, queueAnswer, queueItem } from '../../../../test/support/review-fixtures';
import { QueueList } from '../components/queue-list';
import { useReviewQueue } from '../hooks/use-review-queue';

jest.setTimeout(30_000);

const NOW = '2026-11-20T06:00:00.000Z';

function Harness({ onOpen = jest.fn() }: { onOpen?: jest.Mock }) {
  const q = useReviewQueue();
  return (
    <QueueList
      now={NOW} state={q.state} onRetry={() => void q.reload()} onOpen={onOpen}
      selected={q.selected} chosenItems={q.chosenItems} batch={q.batch}
      onToggle={q.toggle} onSelectAll={q.selectAll} onStartBatch={q.start} onCancelBatch={q.cancel}
      onConfirm={q.confirm} onBack={q.back} onSend={() => void q.send()} onFinish={q.finish}
    />
  );
}
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const tap = (sel: string) => { const el = document.querySelector(sel); if (!el) throw new Error(`no ${sel}`); fireEvent.click(el); };

beforeEach(() => resetTaroMock());

describe('待审核 list', () => {
  it('oldest first with teacher, school, title, hours, gain and waiting time; a tap opens the record', async () => {
    const items = [queueItem(1), queueItem(5, { retake: true })];
    fakeFunctions(taroMock.request, () => ({ data: queueAnswer(items, 2) }));
    const onOpen = jest.fn();
    render(<Harness onOpen={onOpen} />);
    await waitFor(() => expect(text('#queue-count')).toBe('待审核 2 条'));
    const first = text('#queue-item-r1');
    for (const part of ['陈静', '通榆县第一中学', '培训1', '7 学时', '通过后 +7 学分', '等了 9 天']) expect(first).toContain(part);
    expect(text('#queue-item-r5')).toContain('（重复参训）');
    expect(document.querySelector('#queue-item-r1 .qrow__wait--long')).not.toBeNull();
    tap('#queue-item-r1');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'r1' }));
  });

  it('empty and error states', async () => {
    fakeFunctions(taroMock.request, () => ({ error: { code: 'FORBIDDEN', message: '只有学校审核人或县级管理员可以进行此操作' } }));
    const { unmount } = render(<Harness />);
    await waitFor(() => expect(screen.getByText('待审核记录读不出来')).toBeTruthy());
    expect(screen.getByText('只有学校审核人或县级管理员可以进行此操作。如需这项权限，请联系学校或县教师进修学校。')).toBeTruthy();
    unmount();
    fakeFunctions(taroMock.request, () => ({ data: queueAnswer([]) }));
    render(<Harness />);
    await waitFor(() => expect(screen.getByText('没有待审核的记录')).toBeTruthy());
  });

  it('batch: select some, confirm the summary, per-record results, queue refreshed', async () => {
    let items = [queueItem(1), queueItem(2), queueItem(3)];
    const events = fakeFunctions(taroMock.request, (_fn, e) => {
      if (e.action === 'queue') return { data: queueAnswer(items) };
      const sent = e.items as { recordId: string; version: number }[];
      items = items.filter((i) => i.id === 'r2');
      return { data: {
        approved: 1, failed: 1,
        results: [
          { recordId: sent[0]?.recordId, ok: true, version: 2 },
          { recordId: sent[1]?.recordId, ok: false, error: { code: 'VERSION_CONFLICT', message: '该记录已被他人处理，请刷新' } },
        ],
      } };
    });
    render(<Harness />);
    await waitFor(() => expect(document.querySelector('#batch-start')).not.toBeNull());
    tap('#batch-start');
    tap('#queue-item-r1');
    tap('#queue-item-r3');
    expect(text('#batch-bar')).toContain('已选 2 条');
    tap('#batch-confirm');
    const summary = text('#batch-summary');
    expect(summary).toContain('确认通过这 2 条记录？');
    expect(summary).toContain('陈静《培训1》7 学时');
    expect(summary).not.toContain('培训2');
    await act(async () => { tap('#batch-send'); });
    await waitFor(() => expect(document.querySelector('#batch-result')).not.toBeNull());
    expect(text('#batch-result')).toContain('已通过 1 条，1 条没有通过');
    expect(text('#batch-result')).toContain('✓ 陈静《培训1》：已通过');
    expect(text('#batch-result')).toContain('✗ 刘洋《培训3》：已被他人处理');
    expect(events.find((e) => e.event.action === 'batch-approve')?.event.items).toEqual([{ recordId: 'r1', version: 1 }, { recordId: 'r3', version: 1 }]);
    await waitFor(() => expect(text('#queue-count')).toBe('待审核 1 条'));
  });

  it('select all, then none', async () => {
    fakeFunctions(taroMock.request, () => ({ data: queueAnswer([queueItem(1), queueItem(2)]) }));
    render(<Harness />);
    await waitFor(() => expect(document.querySelector('#batch-start')).not.toBeNull());
    tap('#batch-start');
    tap('#batch-all');
    expect(text('#batch-bar')).toContain('已选 2 条');
    expect(text('#batch-all')).toBe('全不选');
    tap('#batch-all');
    expect(text('#batch-bar')).toContain('已选 0 条');
  });
});
