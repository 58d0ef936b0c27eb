import { getPolicy } from '@shared/policies';
import { yearChoices } from '@/features/registers/hooks/year-choices';
import { adminScope, auditEntries, auditPage, exportLog, policyAnswer, policyList, publication, publishAnswer, rosterPage, rosterPeople } from '../support/admin-fixtures';
import { adminServer, bootAdmin, tap } from './admin-support';
import { openPage, textOf, until } from './harness';

/**
 * The manage-admin pages opened by a signed-in teacher (张雅梅, no review or admin role),
 * e.g. from a forwarded link. The server's own role checks refuse her (admin-support), and
 * every page shows that refusal — never the county's roster, registers or log. The policy
 * in force is hers to read (policy.get allows anyone of the county); publishing is refused.
 */
jest.setTimeout(60_000);

const year = yearChoices()[0]!;
const server = adminServer({
  'registers.schools': () => adminScope(),
  'registers.exports': () => exportLog([]),
  'registers.audit': (e) => auditPage(auditEntries(5, year), e),
  'roster.list': (e) => rosterPage(rosterPeople(), e),
  'policy.list': () => policyList([publication(year)]),
  'policy.get': (e) => policyAnswer((e.policyId as string | undefined) ?? 'tongyu-2026', e.policyId ? null : publication(year)),
  'policy.publish': () => publishAnswer(publication(year, 2)),
});
let wx: ReturnType<typeof bootAdmin>;
beforeAll(() => {
  server.signIn('teacher');
  wx = bootAdmin(server);
});

const refusal = '只有学校审核人或县级管理员可以进行此操作';

async function refused(route: string, title: string) {
  const page = openPage(route);
  await until(() => Boolean(page.querySelector('#status-error')), `${route} 的拒绝`);
  expect(textOf(page)).toContain(title);
  expect(textOf(page)).toContain(refusal);
  return page;
}

describe('mini-program manage-admin pages, opened by a teacher', () => {
  it('登记表导出: refused in plain words; no school, no export button, no log', async () => {
    const page = await refused('manage-admin/registers/index', '只有学校审核人和县级管理员可以导出');
    expect(page.querySelector('#pick-school')).toBeFalsy();
    expect(page.querySelector('#export-card')).toBeFalsy();
    expect(server.events('registers.exports')).toEqual([]);
  });

  it('教师名册: refused; nobody on the roster is shown or asked for', async () => {
    const page = await refused('manage-admin/roster/index', '读取失败');
    expect(page.querySelector('#roster-table')).toBeFalsy();
    expect(textOf(page)).not.toContain('王建国');
    expect(server.events('roster.list')).toEqual([]);
  });

  it('操作记录: refused; no log rows, and 重试 asks again and is refused again', async () => {
    const page = await refused('manage-admin/audit/index', '读取失败');
    expect(page.querySelector('#audit-table')).toBeFalsy();
    const asked = server.events('registers.schools').length;
    tap(page, '#status-error .status__action');
    await until(() => server.events('registers.schools').length === asked + 1, '再次读取');
    await until(() => Boolean(page.querySelector('#status-error')), '仍被拒绝');
    expect(textOf(page)).toContain(refusal);
    expect(server.events('registers.audit')).toEqual([]);
  });

  it('学分政策: she may read the policy in force, but publishing is refused and nothing is published', async () => {
    const page = openPage('manage-admin/policy/index');
    await until(() => Boolean(page.querySelector('#policy-current')), '现行政策');
    expect(textOf(page)).toContain(getPolicy('tongyu-2026')!.name);
    tap(page, '#policy-preview-template');
    await until(() => Boolean(page.querySelector('#policy-publish-go')), '对比结果');
    tap(page, '#policy-publish-go');
    await until(() => Boolean(page.querySelector('#policy-error')), '发布被拒绝');
    expect(page.querySelector('#policy-error')!.dom.textContent).toBe('只有县级管理员可以进行此操作');
    expect(server.events('policy.publish')).toHaveLength(1);
    expect(wx.showToast.mock.calls.some((c) => String((c[0] as { title: string }).title).startsWith('已发布'))).toBe(false);
    expect(textOf(page)).toContain(`${year} 年度第 1 版`);
  });
});
