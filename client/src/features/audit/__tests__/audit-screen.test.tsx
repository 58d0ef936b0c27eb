import { fireEvent, render, waitFor } from '@testing-library/react';
import { AuditScreen } from '@/features/audit';
import { el } from '../../../../test/support/dom';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { fakeAdminApi, scopeAnswer } from '../../../../test/support/fake-admin-api';

jest.setTimeout(30_000);

beforeEach(() => { resetTaroMock(); process.env.TARO_ENV = 'h5'; });

const item = (id: string, action: string, actionLabel: string) => ({
  id, at: '2026-11-22T06:00:00.000Z', action, actionLabel, actorId: 'p1', actorName: '王建国', targetCollection: 'records', targetId: 'r1',
  targetLabel: '县级骨干教师培训', schoolId: 's1', schoolName: '通榆县第一中学', note: null,
});

describe('操作记录', () => {
  it('lists the county\'s recent actions in Beijing time; a chip filters by action; 加载更多 pages on', async () => {
    const fake = fakeAdminApi((fn, e) => {
      if (e.action === 'schools') return scopeAnswer();
      if (e.action === 'audit') {
        if (e.actions) return { data: { items: [item('a3', 'review.return', '退回')], total: 1 } };
        return { data: { items: [item(e.skip ? 'a2' : 'a1', 'review.approve', '审核通过')], total: 2 } };
      }
      return undefined;
    });
    render(<AuditScreen />);
    const table = await el('#audit-table');
    expect(table.textContent).toContain('2026-11-22 14:00');
    expect(table.textContent).toContain('王建国');
    fireEvent.click(await waitFor(() => { const b = Array.from(document.querySelectorAll('.admin__more')).pop(); if (!b) throw new Error('no more'); return b; }));
    await waitFor(() => expect(document.querySelectorAll('#audit-table .atable__row')).toHaveLength(2), { timeout: 8000 });
    fireEvent.click(await el('#chip-review-return'));
    await waitFor(() => expect(document.querySelector('#audit-total')?.textContent).toContain('共 1 条'), { timeout: 8000 });
    expect(fake.calls.filter((c) => c.event.action === 'audit').map((c) => c.event)).toEqual([
      { action: 'audit', limit: 30, skip: 0 },
      { action: 'audit', limit: 30, skip: 1 },
      { action: 'audit', limit: 30, skip: 0, actions: ['review.return'] },
    ]);
  });

  it('a failed 加载更多 keeps the rows shown, says why, and a second tap reads on', async () => {
    let failNext = true;
    fakeAdminApi((fn, e) => {
      if (e.action === 'schools') return scopeAnswer();
      if (e.action !== 'audit') return undefined;
      if (e.skip && failNext) { failNext = false; return { error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } }; }
      return { data: { items: [item(e.skip ? 'a2' : 'a1', 'review.approve', '审核通过')], total: 2 } };
    });
    render(<AuditScreen />);
    await el('#audit-table');
    const moreButton = () => Array.from(document.querySelectorAll('.admin__more')).pop()!;
    fireEvent.click(moreButton());
    expect((await el('#audit-more-error')).textContent).toContain('服务器出了点问题');
    expect(document.querySelectorAll('#audit-table .atable__row')).toHaveLength(1);
    fireEvent.click(moreButton());
    await waitFor(() => expect(document.querySelectorAll('#audit-table .atable__row')).toHaveLength(2), { timeout: 8000 });
    expect(document.querySelector('#audit-more-error')).toBeNull();
  });

  it('a teacher sees the server\'s refusal', async () => {
    fakeAdminApi(() => ({ error: { code: 'FORBIDDEN', message: '只有学校审核人或县级管理员可以进行此操作' } }));
    render(<AuditScreen />);
    await waitFor(() => expect(document.body.textContent).toContain('只有学校审核人或县级管理员可以进行此操作'), { timeout: 8000 });
  });
});
