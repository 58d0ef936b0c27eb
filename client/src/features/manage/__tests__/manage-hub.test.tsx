import { fireEvent, render } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { personView } from '../../../../test/support/fake-local-server';
import { ManageHub } from '../components/manage-hub';
import { manageView } from '../hooks/manage-roles';
import { showPendingBadge } from '../hooks/use-pending-badge';

const bound = (roles: string[], schoolName: string | null = '通榆县第一中学') => manageView({
  status: 'success',
  data: { bound: true, person: personView('王建国', schoolName), roles: roles.map((role) => ({ role, countyId: 'c1', schoolId: role === 'county-admin' ? null : 's1' })) },
} as never);
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const hub = (view: ReturnType<typeof manageView>, pendingCount: number | null = 5, onGo = jest.fn()) =>
  render(<ManageHub view={view} pendingCount={pendingCount} onGo={onGo} onRetry={jest.fn()} onSignIn={jest.fn()} />);

beforeEach(() => {
  resetTaroMock();
  Object.assign(taroMock, { setTabBarBadge: jest.fn(() => Promise.resolve()), removeTabBarBadge: jest.fn(() => Promise.resolve()) });
});

describe('管理 hub by role', () => {
  it('decides from whoami', () => {
    expect(manageView({ status: 'loading' })).toEqual({ kind: 'loading' });
    expect(manageView({ status: 'success', data: { bound: false } })).toEqual({ kind: 'signed-out' });
    expect(bound(['teacher'])).toEqual({ kind: 'teacher-only', name: '王建国' });
    expect(bound(['teacher', 'principal'])).toMatchObject({ kind: 'manager', reviewer: true, countyAdmin: false });
    expect(bound(['credit-officer'])).toMatchObject({ kind: 'manager', reviewer: true });
    expect(bound(['county-admin'], null)).toMatchObject({ kind: 'manager', reviewer: false, countyAdmin: true });
  });

  it('a principal: the pending count big, the school view; no county entries', () => {
    const onGo = jest.fn();
    hub(bound(['teacher', 'principal']), 5, onGo);
    expect(text('#hub-pending')).toBe('5 条');
    expect(document.querySelector('#hub-school')).not.toBeNull();
    expect(document.querySelector('#hub-county')).toBeNull();
    expect(document.querySelector('#hub-registers')).toBeNull();
    fireEvent.click(document.querySelector('#hub-queue') as Element);
    expect(onGo).toHaveBeenCalledWith('queue');
  });

  it('a county admin: county view and the registers, roster, policy and audit pages', () => {
    const onGo = jest.fn();
    hub(bound(['county-admin'], null), 0, onGo);
    expect(text('#hub-pending')).toBe('0 条');
    expect(document.body.textContent).toContain('都处理完了');
    for (const id of ['county', 'registers', 'roster', 'policy', 'audit']) {
      fireEvent.click(document.querySelector(`#hub-${id}`) as Element);
      expect(onGo).toHaveBeenLastCalledWith(id);
    }
  });

  it('a plain teacher gets an explanation, not buttons', () => {
    hub(bound(['teacher']));
    expect(text('#manage-teacher')).toContain('管理功能由学校和县里使用');
    expect(text('#manage-teacher')).toContain('学分管理员');
    expect(document.querySelector('#hub-queue')).toBeNull();
  });

  it('the tab badge: the count, 99+, or removed', async () => {
    const t = taroMock as unknown as { setTabBarBadge: jest.Mock; removeTabBarBadge: jest.Mock };
    await showPendingBadge(7);
    expect(t.setTabBarBadge).toHaveBeenLastCalledWith({ index: 1, text: '7' });
    await showPendingBadge(120);
    expect(t.setTabBarBadge).toHaveBeenLastCalledWith({ index: 1, text: '99+' });
    await showPendingBadge(0);
    expect(t.removeTabBarBadge).toHaveBeenCalledWith({ index: 1 });
    t.setTabBarBadge.mockImplementation(() => Promise.reject(new Error('not a tab page')));
    await expect(showPendingBadge(3)).resolves.toBeUndefined();
  });
});
