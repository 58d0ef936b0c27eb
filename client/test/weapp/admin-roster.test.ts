import type { Role } from '@shared/schemas/domain/common';
import { adminScope, inviteAnswer, rosterPage, rosterPeople, setRoleAnswer } from '../support/admin-fixtures';
import { adminServer, bootAdmin, tap } from './admin-support';
import { firstLoadFailsThenRetries } from './first-load';
import { openPage, textOf, until } from './harness';

/**
 * 教师名册 in the compiled mini-program (subpackage manage-admin), as the county admin:
 * loading → a failed list with 重试 → the roster; on the phone, import points to the PC;
 * the edits made here: grant a role after confirming, issue a binding code, find by name.
 */
jest.setTimeout(60_000);

const people = rosterPeople();
const server = adminServer({
  'registers.schools': () => adminScope(),
  'roster.list': (e) => rosterPage(people, e),
  'roster.set-role': (e) => {
    const person = people.find((p) => p.id === e.personId)!;
    person.roles = e.grant ? [...person.roles, e.role as Role] : person.roles.filter((r) => r !== e.role);
    return setRoleAnswer(person.id, person.roles);
  },
  'roster.invite': (e) => inviteAnswer(e.personId as string, people.find((p) => p.id === e.personId)!.name, 'K7P2M9QX'),
});
let wx: ReturnType<typeof bootAdmin>;
beforeAll(() => { wx = bootAdmin(server); });

describe('mini-program 教师名册 (manage-admin/roster)', () => {
  let page: ReturnType<typeof openPage>;

  it('shows loading, then a failed list in Chinese with 重试, which asks again and shows everyone', async () => {
    page = await firstLoadFailsThenRetries(server, {
      key: 'roster.list', route: 'manage-admin/roster/index', loading: '正在读取名册…', content: '#roster-table',
      failure: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' }, errorTexts: ['名册读取失败', '服务器出了点问题，请稍后重试'],
    });
    expect(server.events('roster.list')).toEqual([{ limit: 50, skip: 0 }, { limit: 50, skip: 0 }]);
    expect(textOf(page)).toContain(`共 ${people.length} 人`);
    for (const p of people) expect(textOf(page)).toContain(p.name);
    expect(textOf(page)).toContain('未绑定');
    expect(textOf(page)).toContain('产假');
  });

  it('on the phone, importing a roster file is sent to the computer (no file picker)', () => {
    expect(textOf(page)).toContain('导入名册请在电脑上打开管理后台');
    expect(page.querySelector('#roster-pick')).toBeFalsy();
  });

  it('grants 校长 after she confirms, and the list shows the new role', async () => {
    const zhang = people.find((p) => p.name === '张雅梅')!;
    expect(page.querySelector(`#role-principal-${zhang.id}`)?.dom.textContent).toBe('设为校长');
    tap(page, `#role-principal-${zhang.id}`);
    await until(() => server.events('roster.set-role').length === 1, '设置角色');
    expect(wx.showModal.mock.calls.at(-1)![0]).toMatchObject({ title: '授予角色', content: '授予张雅梅「校长」？' });
    expect(server.events('roster.set-role')).toEqual([{ personId: zhang.id, role: 'principal', grant: true }]);
    await until(() => page.querySelector(`#role-principal-${zhang.id}`)?.dom.textContent === '取消校长', '角色已更新');
    expect(server.events('roster.list')).toHaveLength(3);
  });

  it('issues a binding code and shows it once, in a dialog', async () => {
    const gao = people.find((p) => p.name === '高鹏')!;
    tap(page, `#invite-${gao.id}`);
    await until(() => wx.showModal.mock.calls.some((c) => (c[0] as { title: string }).title === '高鹏的绑定码'), '绑定码');
    expect(server.events('roster.invite')).toEqual([{ personId: gao.id }]);
    const dialog = wx.showModal.mock.calls.at(-1)![0] as { content: string };
    expect(dialog.content).toContain('K7P2M9QX');
    expect(dialog.content).toContain('只显示这一次');
  });

  it('finds people by name', async () => {
    page.querySelector('#roster-search')?.dispatchEvent('input', { detail: { value: '李秀' } });
    tap(page, '#roster-search-go');
    await until(() => textOf(page).includes('共 1 人'), '查找结果');
    expect(server.events('roster.list').at(-1)).toEqual({ limit: 50, skip: 0, query: '李秀' });
    expect(textOf(page)).toContain('李秀梅');
    expect(textOf(page)).not.toContain('张雅梅');
  });
});
