import { render, screen, waitFor } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import { signInLocal } from '@/features/account/api/identity';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { fakeLocalServer, personView } from '../../../../test/support/fake-local-server';
import { behindRecords, mineAnswer, tongyuReport } from '../../../../test/support/progress-fixtures';
import { progressView } from '../hooks/use-my-progress';

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'h5';
});

const answer = () => ({ data: mineAnswer(tongyuReport(behindRecords())) });
const progressCalls = (calls: Array<{ url: string }>) => calls.filter((c) => c.url === '/api/fn/progress');

describe('首页 with progress.mine (fake local server)', () => {
  it('a signed-in teacher sees her figures: progress.mine asked once, for the server’s current year', async () => {
    const server = fakeLocalServer({ progress: answer });
    await signInLocal({ personId: 'p-王芳' });
    render(<HomePage />);
    expect(await screen.findByText('王芳，您好！')).toBeTruthy();
    await waitFor(() => expect(document.querySelector('#progress-verdict')?.textContent).toBe('还差 6 项'));
    expect(document.querySelector('#pline-total')?.textContent).toContain('14 / 90 学分');
    expect(progressCalls(server.calls)).toEqual([
      expect.objectContaining({ data: { action: 'mine' }, auth: 'Bearer token-王芳' }),
    ]);
  });

  it('a principal who also teaches sees her own progress; a pure county admin is not asked at all', async () => {
    const server = fakeLocalServer({
      progress: answer,
      roles: { 王芳: ['teacher', 'principal'], 李强: ['county-admin'] },
      demoPeople: [
        { personId: 'p-王芳', name: '王芳', roles: ['teacher', 'principal'], schoolName: '城关一小', countyName: '示范县' },
        { personId: 'p-李强', name: '李强', roles: ['county-admin'], schoolName: null, countyName: '示范县' },
      ],
    });
    await signInLocal({ personId: 'p-王芳' });
    const first = render(<HomePage />);
    await waitFor(() => expect(document.querySelector('#progress-verdict')?.textContent).toBe('还差 6 项'));
    first.unmount();
    await signInLocal({ personId: 'p-李强' });
    const before = progressCalls(server.calls).length;
    render(<HomePage />);
    expect(await screen.findByText('您是县级管理员，没有个人学分要求。全县的统计将在「管理」页提供。')).toBeTruthy();
    expect(progressCalls(server.calls).length).toBe(before);
  });

  it('an answer with another scale is refused as BAD_RESPONSE rather than printed wrong', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const report = { ...tongyuReport(behindRecords()), scale: 100 };
    fakeLocalServer({ progress: () => ({ data: mineAnswer(report) }) });
    await signInLocal({ personId: 'p-王芳' });
    render(<HomePage />);
    expect(await screen.findByText('进度暂时读不出来')).toBeTruthy();
    expect(screen.getByText('服务返回的内容不完整，请稍后重试')).toBeTruthy();
    expect(document.querySelector('#progress-verdict')).toBeNull();
    warn.mockRestore();
  });

  it('no policy published: the friendly NOT_FOUND text', async () => {
    fakeLocalServer({ progress: () => ({ error: { code: 'NOT_FOUND', message: '本县 2026 年没有在用的学分政策' } }) });
    await signInLocal({ personId: 'p-王芳' });
    render(<HomePage />);
    expect(await screen.findByText('本年度的学分政策还没有发布')).toBeTruthy();
  });
});

describe('progressView', () => {
  const teacher = (name: string) => ({ status: 'success' as const, data: { bound: true as const, person: personView(name), roles: [{ role: 'teacher' as const, countyId: 'c1', schoolId: 's1' }] } });
  const loaded = (personId: string) => ({ status: 'success' as const, data: { personId, progress: {} as never } });

  it('never shows the previous person’s figures after switching person', () => {
    expect(progressView(teacher('王芳'), loaded('p-王芳')).kind).toBe('ready');
    expect(progressView(teacher('李强'), loaded('p-王芳')).kind).toBe('loading');
  });

  it('a lapsed session reads as signed out; whoami trouble hides the card', () => {
    const lapsed = { status: 'error' as const, error: { code: 'UNAUTHENTICATED', message: '请先登录' } };
    expect(progressView(teacher('王芳'), lapsed).kind).toBe('signed-out');
    expect(progressView({ status: 'loading' }, { status: 'loading' }).kind).toBe('hidden');
    expect(progressView({ status: 'success', data: { bound: false } }, { status: 'loading' }).kind).toBe('signed-out');
  });
});
