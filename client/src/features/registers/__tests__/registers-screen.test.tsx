import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RegistersScreen } from '@/features/registers';
import { resetTaroMock } from '../../../../test/support/taro-mock';
import { exportAnswer, fakeAdminApi, scopeAnswer } from '../../../../test/support/fake-admin-api';

jest.setTimeout(30_000);

beforeEach(() => { resetTaroMock(); process.env.TARO_ENV = 'h5'; });

const click = (id: string) => fireEvent.click(document.querySelector(`#${id}`)!);

describe('登记表导出', () => {
  it('exports a school\'s 登记卡 for the chosen year, shows the file and downloads it from the link', async () => {
    const api = fakeAdminApi((fn, e) => {
      if (e.action === 'schools') return scopeAnswer();
      if (e.action === 'exports') return { data: { items: [], total: 0 } };
      if (e.action === 'card') return exportAnswer('card');
      return undefined;
    });
    const clicked: string[] = [];
    const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(`${this.getAttribute('href')} ${this.download}`); });
    render(<RegistersScreen />);
    await screen.findByText('还没有导出过登记表', {}, { timeout: 5_000 }); // the first render can take over 1 s on a loaded 2-core machine
    expect(document.querySelector('#export-county-table')).not.toBeNull();
    click('export-card');
    await screen.findByText('已生成：学分登记卡');
    expect(api.calls.find((c) => c.event.action === 'card')?.event).toEqual({ action: 'card', year: expect.any(Number), schoolId: 's1' });
    expect(screen.getByText(/7 名教师 · 政策第 1 版/)).toBeTruthy();
    click('export-download');
    expect(clicked).toEqual(['/files/exports/c1/2026/card-x1.xlsx 通榆县第一中学_学分登记卡_2026年度_20261122-1400.xlsx']);
    spy.mockRestore();
  });

  it('a principal has no county table; a refusal is shown in Chinese', async () => {
    fakeAdminApi((fn, e) => {
      if (e.action === 'schools') return { data: { ...scopeAnswer(false).data, schools: [{ id: 's1', name: '通榆县第一中学' }] } };
      if (e.action === 'exports') return { data: { items: [exportAnswer().data.export], total: 1 } };
      if (e.action === 'school-table') return { error: { code: 'NOT_FOUND', message: '本县尚未发布 2026 年度的学分政策，请联系县级管理员' } };
      return undefined;
    });
    render(<RegistersScreen />);
    await waitFor(() => expect(document.querySelector('#export-log')).not.toBeNull());
    expect(document.querySelector('#export-county-table')).toBeNull();
    expect(document.querySelector('#export-log')?.textContent).toContain('2026-11-22 14:00');
    click('export-school-table');
    await screen.findByText('本县尚未发布 2026 年度的学分政策，请联系县级管理员');
  });

  it('a teacher is told who may export', async () => {
    fakeAdminApi(() => ({ error: { code: 'FORBIDDEN', message: '只有学校审核人或县级管理员可以进行此操作' } }));
    render(<RegistersScreen />);
    await screen.findByText('只有学校审核人和县级管理员可以导出');
  });
});
