import { recentYears } from '@shared/time/beijing-time';
import { adminScope, auditEntries, auditPage, schools } from '../support/admin-fixtures';
import { adminServer, bootAdmin, pick, tap } from './admin-support';
import { firstLoadFailsThenRetries } from './first-load';
import { openPage, textOf, until } from './harness';

/**
 * 操作记录 in the compiled mini-program (subpackage manage-admin), as the county admin:
 * loading → a failed read with 重试 → the whole county's log in Beijing time; 加载更多
 * pages on (and a failed page keeps the rows); one-tap action filters; a school.
 */
jest.setTimeout(60_000);

const year = recentYears(1)[0]!;
const entries = auditEntries(45, year);
const server = adminServer({
  'registers.schools': () => adminScope(),
  'registers.audit': (e) => auditPage(entries, e),
});
beforeAll(() => { bootAdmin(server); });

const tableText = (page: ReturnType<typeof openPage>) => (page.querySelector('#audit-table')?.dom.textContent ?? '').replace(/\s+/g, ' ');
const shows = (page: ReturnType<typeof openPage>, n: number) => tableText(page).includes(`（第 ${n} 条）`);

describe('mini-program 操作记录 (manage-admin/audit)', () => {
  let page: ReturnType<typeof openPage>;

  it('shows loading, then a failed read in Chinese with 重试, which asks again and shows the newest 30', async () => {
    page = await firstLoadFailsThenRetries(server, {
      key: 'registers.audit', route: 'manage-admin/audit/index', loading: '正在读取操作记录…', content: '#audit-table',
      failure: 'network', errorTexts: ['网络不太好，请稍后重试'],
    });
    expect(server.events('registers.audit')).toEqual([{ limit: 30, skip: 0 }, { limit: 30, skip: 0 }]);
    expect(textOf(page)).toContain('共 45 条，时间为北京时间');
    expect(tableText(page)).toContain(`${year}-11-20 16:00`);
    expect(shows(page, 30)).toBe(true);
    expect(shows(page, 31)).toBe(false);
  });

  it('加载更多 asks for the next page and adds it; a failed page keeps the rows and offers to try again', async () => {
    server.failNext('registers.audit', { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' });
    tap(page, '.admin__more');
    await until(() => Boolean(page.querySelector('#audit-more-error')), '加载更多失败');
    expect(textOf(page)).toContain('没有读到更多：服务器出了点问题，请稍后重试');
    expect(textOf(page)).toContain('重试加载更多');
    expect(shows(page, 30)).toBe(true);
    tap(page, '.admin__more');
    await until(() => shows(page, 45), '第二页');
    expect(server.events('registers.audit').slice(-2)).toEqual([{ limit: 30, skip: 30 }, { limit: 30, skip: 30 }]);
    expect(shows(page, 1)).toBe(true);
    expect(page.querySelector('.admin__more')).toBeFalsy();
  });

  it('a filter chip asks the server for that action only, from the first page', async () => {
    tap(page, '#chip-review-return');
    await until(() => textOf(page).includes('共 9 条'), '只看退回');
    expect(server.events('registers.audit').at(-1)).toEqual({ limit: 30, skip: 0, actions: ['review.return'] });
    expect(page.querySelector('#chip-review-return')!.dom.getAttribute('class')).toContain('chip--on');
    expect(tableText(page)).toContain('退回');
    expect(tableText(page)).not.toContain('审核通过');
    expect(shows(page, 2)).toBe(true);
    expect(shows(page, 1)).toBe(false);
  });

  it('a school narrows it further', async () => {
    pick(page, '#audit-school', 2);
    await until(() => textOf(page).includes(`范围：${schools[1]!.name}`), '选学校');
    await until(() => server.events('registers.audit').at(-1)?.schoolId === schools[1]!.id, '按学校读取');
    expect(server.events('registers.audit').at(-1)).toEqual({ limit: 30, skip: 0, schoolId: schools[1]!.id, actions: ['review.return'] });
    const expected = auditPage(entries, { schoolId: schools[1]!.id, actions: ['review.return'] });
    await until(() => textOf(page).includes(`共 ${expected.total} 条`), '该校的退回');
    for (const item of expected.items) expect(tableText(page)).toContain(item.targetLabel);
    expect(tableText(page)).not.toContain(schools[0]!.name);
  });
});
