import { fireEvent, render, screen } from '@testing-library/react';
import { ProgressCard } from '../components/progress-card';
import type { ProgressView } from '../hooks/use-my-progress';
import { myProgressSchema } from '@/services/progress';
import { behindRecords, fullRecords, mineAnswer, tongyuReport } from '../../../../test/support/progress-fixtures';

/** A ready view from a real engine report, parsed by the same schema the API call uses. */
function ready(records = behindRecords(), pendingCount = 1): ProgressView {
  return { kind: 'ready', data: myProgressSchema.parse(mineAnswer(tongyuReport(records), pendingCount)) };
}
const card = (view: ProgressView, onRetry = jest.fn()) => render(<ProgressCard view={view} onRetry={onRetry} />);
const text = (id: string) => document.querySelector(`#${id}`)?.textContent ?? '';

describe('本年度进度 card', () => {
  it('shows the verdict big, then each line of the year with figures, bar, shortfall and 专题', () => {
    card(ready());
    expect(screen.getByText('本年度进度 · 2026 年度')).toBeTruthy();
    expect(text('progress-verdict')).toBe('还差 6 项');
    expect(document.querySelector('#progress-verdict')?.className).toContain('progress__verdict--short');
    expect(text('pline-total')).toContain('年度总学分');
    expect(text('pline-total')).toContain('14 / 90 学分');
    expect(text('pline-total')).toContain('还差 76 学分');
    expect(text('pline-zhuanye-jizhong')).toContain('专题 1 / 5 个');
    expect(text('pline-zhuanye-jizhong')).toContain('还差 12 学分，还差 4 个专题');
    // Nested categories are indented; the bar width is the engine's percent.
    expect(document.querySelector('#pline-zhuanye-jizhong')?.className).toContain('pline--d1');
    expect(document.querySelector('#pline-gongxu')?.className).toContain('pline--d0');
    const bar = document.querySelector<HTMLElement>('#pline-zhuanye-jizhong .pbar__fill');
    expect(bar?.style.width).toBe('40%');
    expect(text('pline-ty-target-digital')).toContain('0 / 30 学时');
    expect(text('progress-pending')).toBe('另有 1 条记录在审核，通过后计入。');
    expect(text('progress-foot')).toBe('截至 2026年11月20日只计算已通过审核的记录依据：2026年通榆县中小学（幼儿园）教师全员培训');
  });

  it('已达标 in green with every line 已完成, and no pending note when nothing waits', () => {
    card(ready(fullRecords(), 0));
    expect(text('progress-verdict')).toBe('已达标');
    expect(document.querySelector('#progress-verdict')?.className).toContain('progress__verdict--met');
    expect(text('pline-gongxu')).toContain('32.5 / 30 学分');
    expect(screen.getAllByText('✓ 已完成').length).toBe(7);
    expect(document.querySelector('#progress-pending')).toBeNull();
  });

  it('loading', () => {
    card({ kind: 'loading' });
    expect(screen.getByText('正在读取本年度进度…')).toBeTruthy();
  });

  it('not signed in: points to 我的', () => {
    card({ kind: 'signed-out' });
    expect(screen.getByText('请先到「我的」页面登录，登录后这里显示您今年的学时、学分进度。')).toBeTruthy();
  });

  it('a pure county admin gets a short note instead of progress', () => {
    card({ kind: 'not-teacher', roles: ['county-admin'] });
    expect(screen.getByText('您是县级管理员，没有个人学分要求。全县的统计将在「管理」页提供。')).toBeTruthy();
  });

  it('network error: the message and 重试', () => {
    const onRetry = jest.fn();
    card({ kind: 'error', error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } }, onRetry);
    expect(screen.getByText('进度暂时读不出来')).toBeTruthy();
    expect(screen.getByText('网络不太好，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('no policy for the year (NOT_FOUND) and not a rostered teacher (FORBIDDEN) read as plain Chinese', () => {
    const onRetry = jest.fn();
    const { unmount } = card({ kind: 'error', error: { code: 'NOT_FOUND', message: '本县 2026 年没有在用的学分政策' } }, onRetry);
    expect(screen.getByText('本年度的学分政策还没有发布')).toBeTruthy();
    fireEvent.click(screen.getByText('刷新'));
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    card({ kind: 'error', error: { code: 'FORBIDDEN', message: '只有在册教师可以提交学时记录' } });
    expect(screen.getByText('暂时看不到个人进度')).toBeTruthy();
    expect(screen.queryByText('只有在册教师可以提交学时记录')).toBeNull();
  });

  it('renders nothing while whoami itself is loading or failed (the greeting says so)', () => {
    const { container } = card({ kind: 'hidden' });
    expect(container.textContent).toBe('');
  });
});
