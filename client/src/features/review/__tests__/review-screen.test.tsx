import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { detailAnswer, fakeFunctions, queueAnswer, queueItem } from '../../../../test/support/review-fixtures';
import { ReviewScreen } from '../components/review-screen';
import { useReviewDetail } from '../hooks/use-review-detail';

jest.setTimeout(30_000);

const NOW = '2026-11-20T06:00:00.000Z';
function Harness({ id, onBack = jest.fn() }: { id: string; onBack?: jest.Mock }) {
  const detail = useReviewDetail(id);
  return <ReviewScreen detail={detail} onBackToQueue={onBack} now={NOW} />;
}
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const tap = (sel: string) => { const el = document.querySelector(sel); if (!el) throw new Error(`no ${sel}`); fireEvent.click(el); };
const preview = jest.fn(() => Promise.resolve());

beforeEach(() => {
  resetTaroMock();
  Object.assign(taroMock, { previewImage: preview });
  preview.mockClear();
});

/** A server of three pending records; approve/return remove them, like the real queue. */
function threeRecords(opts: { conflictOn?: string } = {}) {
  let pending = [1, 2, 3];
  const handled = new Map<string, string>();
  const events = fakeFunctions(taroMock.request, (_fn, e) => {
    const id = String(e.recordId ?? '');
    const n = Number(id.slice(1));
    switch (e.action) {
      case 'queue': return { data: queueAnswer(pending.map((i) => queueItem(i))) };
      case 'detail': {
        const done = handled.get(id);
        return { data: detailAnswer(n, done ? { item: { status: 'approved', allowedActions: [] }, reviewedByName: done } : {}) };
      }
      case 'approve':
      case 'return':
        if (id === opts.conflictOn) { handled.set(id, '孙丽华'); pending = pending.filter((x) => x !== n); return { error: { code: 'VERSION_CONFLICT', message: '该记录已被他人处理，请刷新' } }; }
        pending = pending.filter((x) => x !== n);
        return { data: { record: { ...queueItem(n), status: e.action === 'approve' ? 'approved' : 'returned', version: 2, allowedActions: [] } } };
      default: return { error: { code: 'NOT_FOUND', message: '没有' } };
    }
  });
  return events;
}

describe('审核一条', () => {
  it('every field, photos zoomable, progress before → after, warnings', async () => {
    fakeFunctions(taroMock.request, () => ({ data: detailAnswer(2, { warnings: [{ kind: 'retake', text: '教师标注为「重复参训」', recordId: null }] }) }));
    render(<Harness id="r2" />);
    await waitFor(() => expect(text('#review-who')).toBe('李梅'));
    expect(text('#review-gain')).toBe('通过后 +8 学分');
    expect(text('#review-fields')).toContain('培训名称培训2');
    expect(text('#review-fields')).toContain('学时8 学时');
    expect(text('#review-fields')).toContain('主办单位通榆县教师进修学校');
    expect(text('#review-warnings')).toContain('教师标注为「重复参训」');
    expect(text('#review-verdict')).toBe('通过前：还差 6 项 → 通过后：还差 6 项');
    expect(text('#review-progress')).toContain('14 / 90 学分 → 22 / 90 学分');
    expect(document.querySelector('#review-reading')).toBeNull();
    tap('#photo-0');
    expect(preview).toHaveBeenCalledWith({ urls: ['/files/f2'], current: '/files/f2' });
  });

  it('the reader\'s values beside the typed ones, differences marked, duplicate hints shown', async () => {
    const reading = { fields: [{ field: 'hours', value: '12', confidence: 0.95 }, { field: 'organizer', value: '通榆县教师进修学校', confidence: 0.6 }], hints: ['同一张照片也在赵磊的《班主任培训》记录上'] };
    fakeFunctions(taroMock.request, () => ({ data: detailAnswer(2, { reading }) }));
    render(<Harness id="r2" />);
    await waitFor(() => expect(text('#review-reading')).toContain('识别：12'));
    expect(text('#review-reading')).toContain('填写：8');
    expect(text('#review-reading')).toContain('← 不一致');
    expect(text('#review-reading')).toContain('识别：通榆县教师进修学校（不确定）');
    expect(document.querySelectorAll('#review-reading .frow--diff')).toHaveLength(1);
    expect(text('#review-reading-hints')).toContain('同一张照片也在赵磊的《班主任培训》记录上');
  });

  it('approve in one tap; the next oldest record opens', async () => {
    const events = threeRecords();
    render(<Harness id="r1" />);
    await waitFor(() => expect(text('#review-who')).toBe('陈静'));
    await act(async () => { tap('#review-approve'); });
    await waitFor(() => expect(text('#review-who')).toBe('李梅'));
    expect(text('#review-done')).toBe('本次已处理 1 条');
    expect(events.filter((e) => e.event.action === 'approve').map((e) => e.event)).toEqual([{ action: 'approve', recordId: 'r1', version: 1 }]);
  });

  it('return needs a reason: one tap on a common reason marks its field; free text joins it', async () => {
    const events = threeRecords();
    render(<Harness id="r1" />);
    await waitFor(() => expect(document.querySelector('#review-return')).not.toBeNull());
    tap('#review-return');
    expect(text('#reason-missing')).toBe('请先点一个原因，或写上原因');
    expect(document.querySelector('#return-send')?.hasAttribute('disabled')).toBe(true);
    tap('#reason-1'); // 学时与证书不符 → marks 学时
    expect(document.querySelector('#return-field-hours')?.className).toContain('chip--on');
    tap('#return-field-title');
    await act(async () => { tap('#return-send'); });
    await waitFor(() => expect(text('#review-who')).toBe('李梅'));
    expect(events.find((e) => e.event.action === 'return')?.event).toEqual({ action: 'return', recordId: 'r1', version: 1, reason: '学时与证书不符', fields: ['hours', 'title'] });
  });

  it('someone else was faster: 「该记录已被孙丽华处理」, then the next record', async () => {
    threeRecords({ conflictOn: 'r1' });
    render(<Harness id="r1" />);
    await waitFor(() => expect(document.querySelector('#review-approve')).not.toBeNull());
    await act(async () => { tap('#review-approve'); });
    await waitFor(() => expect(text('#review-handled')).toContain('该记录已被孙丽华处理'));
    expect(document.querySelector('#review-approve')).toBeNull();
    await act(async () => { tap('#review-next'); });
    await waitFor(() => expect(text('#review-who')).toBe('李梅'));
  });

  it('the last record: the queue is clear', async () => {
    fakeFunctions(taroMock.request, (_fn, e) => {
      if (e.action === 'detail') return { data: detailAnswer(1) };
      if (e.action === 'queue') return { data: queueAnswer([]) };
      return { data: { record: { ...queueItem(1), status: 'approved', version: 2, allowedActions: [] } } };
    });
    const onBack = jest.fn();
    render(<Harness id="r1" onBack={onBack} />);
    await waitFor(() => expect(document.querySelector('#review-approve')).not.toBeNull());
    await act(async () => { tap('#review-approve'); });
    await waitFor(() => expect(document.body.textContent).toContain('已通过，待审核的记录都处理完了'));
  });

  it('a network error on approve keeps the record and says so', async () => {
    fakeFunctions(taroMock.request, (_fn, e) => (e.action === 'detail' ? { data: detailAnswer(1) } : { error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } }));
    render(<Harness id="r1" />);
    await waitFor(() => expect(document.querySelector('#review-approve')).not.toBeNull());
    await act(async () => { tap('#review-approve'); });
    await waitFor(() => expect(text('#review-error')).toContain('服务器出了点问题，请稍后重试'));
    expect(text('#review-who')).toBe('陈静');
  });
});
