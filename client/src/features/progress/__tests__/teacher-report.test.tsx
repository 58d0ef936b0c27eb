import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { myProgressSchema } from '@/services/progress';
import { ProgressDetail } from '../components/progress-detail';
import { deadlineText, upcomingDeadlines } from '@/components/teacher-report/report-text';
import type { ReportTab } from '@/components/teacher-report/report-text';
import { mineWithExtras, recordView } from '../../../../test/support/record-fixtures';
import { mineAnswer, tongyuReport } from '../../../../test/support/progress-fixtures';
import type { RemoteState } from '@/hooks/use-remote';
import type { MyProgress } from '@/services/progress';

jest.setTimeout(60_000);

/** 陈静-like: 公需 6 and 集中 8 approved, one 校本 6 waiting, one approved that fails the check. */
function chen() {
  const approvedGx = recordView({ status: 'approved', input: { title: '师德师风网络课程', content: '公需', form: '网络', hours: 6, endDate: '2026-04-20', startDate: '2026-04-20' } });
  const approvedJz = recordView({ status: 'approved', input: { title: '县暑期班主任培训', hours: 8, topic: '班主任' } });
  const failed = recordView({ status: 'approved', input: { title: '没通过考核的课', passed: false } });
  const waiting = recordView({ status: 'submitted', input: { title: '单元作业设计校本研修', form: '校本', level: '校', hours: 6, topic: '作业设计' } });
  return { records: [approvedGx, approvedJz, failed, waiting], approvedGx, approvedJz, failed, waiting };
}

function Page({ state, onOpen = jest.fn() }: { state: RemoteState<MyProgress>; onOpen?: (id: string) => void }) {
  const [tab, setTab] = useState<ReportTab>('year');
  return <ProgressDetail state={state} tab={tab} onTab={setTab} onRetry={jest.fn()} onOpenRecord={onOpen} />;
}
const ready = (data: unknown): RemoteState<MyProgress> => ({ status: 'success', data: myProgressSchema.parse(data) });
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';

describe('学分进度 (teacher report)', () => {
  it('年度: verdict, hand-in dates, lines in 学时, and under each category the records that filled it and those waiting', () => {
    const w = chen();
    const onOpen = jest.fn();
    render(<Page state={ready(mineWithExtras(w.records))} onOpen={onOpen} />);
    expect(text('#tab-year')).toBe('年度 · 2026');
    expect(text('#report-scope')).toBe('2026 年度 · 进行中');
    expect(text('#report-verdict')).toBe('还差 6 项');
    expect(text('#deadline-ty-deadline-materials')).toBe('截止时间：12月1日—12月10日学校上交学分登记卡、统计表等材料。还差的请在此之前补齐并交学校审核。');
    expect(text('#pline-total')).toContain('14 / 90 学时');
    expect(text('#pline-gongxu')).toContain('6 / 30 学时');
    expect(text('#pline-zhuanye-jizhong')).toContain('专题 1 / 5 个');
    expect(text(`#filled-${w.approvedGx.id}`)).toBe('师德师风网络课程+6 学时');
    expect(text(`#filled-${w.approvedJz.id}`)).toBe('县暑期班主任培训+8 学时');
    expect(text(`#filled-${w.waiting.id}`)).toBe('单元作业设计校本研修审核通过后 +6 学时');
    // Each record sits under its own category line.
    const under = (id: string) => document.querySelector(`#filled-${id}`)?.closest('.rcat')?.querySelector('.pline')?.id;
    expect(under(w.approvedGx.id)).toBe('pline-gongxu');
    expect(under(w.approvedJz.id)).toBe('pline-zhuanye-jizhong');
    expect(under(w.waiting.id)).toBe('pline-zhuanye-xiaoben');
    expect(text('#report-pending')).toBe('有 1 条记录在审核，下面标出了审核通过后能加多少。');
    expect(text('#pline-ty-target-digital')).toContain('0 / 30 学时');
    expect(text('#report-excluded')).toContain('没通过考核的课');
    fireEvent.click(document.querySelector(`#filled-${w.approvedJz.id}`)!);
    expect(onOpen).toHaveBeenCalledWith(w.approvedJz.id);
  });

  it('周期 tab: 通榆 has no cycle, said in words; back to 年度', () => {
    render(<Page state={ready(mineWithExtras(chen().records))} />);
    fireEvent.click(document.querySelector('#tab-cycle')!);
    expect(document.querySelector('#tab-cycle')?.className).toContain('tabs__item--on');
    expect(screen.getByText('这份政策只按年度考核，没有周期要求。')).toBeTruthy();
    fireEvent.click(document.querySelector('#tab-year')!);
    expect(text('#report-verdict')).toBe('还差 6 项');
  });

  it('an answer from a server without the new fields still reads (学分, no pending, no dates)', () => {
    render(<Page state={ready(mineAnswer(tongyuReport(chen().records.slice(0, 2).map((r) => ({ ...r.input, id: r.id, teacherId: 't1', status: 'approved' as const })))))} />);
    expect(text('#pline-total')).toContain('14 / 90 学分');
    expect(document.querySelector('#deadline-ty-deadline-materials')).toBeNull();
  });

  it('deadlines: text, and only those not yet past', () => {
    const d = { id: 'd', name: '材料', from: '2026-12-01', to: '2026-12-10', source: '…' };
    expect(deadlineText(d)).toBe('12月1日—12月10日');
    expect(deadlineText({ ...d, from: undefined })).toBe('12月10日前');
    expect(upcomingDeadlines([d], '2026-12-10')).toHaveLength(1);
    expect(upcomingDeadlines([d], '2026-12-11')).toHaveLength(0);
  });

  it('loading, error with 重试, no policy, signed out', () => {
    const { rerender } = render(<Page state={{ status: 'loading' }} />);
    expect(screen.getByText('正在读取学分进度…')).toBeTruthy();
    rerender(<Page state={{ status: 'error', error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } }} />);
    expect(screen.getByText('进度暂时读不出来')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
    rerender(<Page state={{ status: 'error', error: { code: 'NOT_FOUND', message: 'x' } }} />);
    expect(screen.getByText('本年度的学分政策还没有发布')).toBeTruthy();
    rerender(<Page state={{ status: 'error', error: { code: 'NOT_BOUND', message: 'x' } }} />);
    expect(screen.getByText('去「我的」登录')).toBeTruthy();
  });
});
