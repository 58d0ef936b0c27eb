import { getPolicy } from '@shared/policies';
import { recentYears } from '@shared/time/beijing-time';
import { adminScope, auditEntries, auditPage, exportLog, policyAnswer, policyList, publication, publishAnswer, rosterPage, rosterPeople } from '../support/admin-fixtures';
import { adminServer, bootAdmin } from './admin-support';
import { openPage, textOf, until } from './harness';

/**
 * The manage-admin pages opened by a signed-in teacher (张雅梅, no review or admin role),
 * e.g. from a forwarded link. The server's own role checks refuse her (admin-support), and
 * every page shows that refusal — never the county's roster, registers or log. The policy
 * in force is hers to read (policy.get allows anyone of the county); publishing is not offered
 * (policy.list says canPublish: false) and the server would refuse it anyway.
 */
jest.setTimeout(60_000);

const year = recentYears(1)[0]!;
const server = adminServer({
  'registers.schools': () => adminScope(),
  'registers.exports': () => exportLog([]),
  'registers.audit': (e) => auditPage(auditEntries(5, year), e),
  'roster.list': (e) => rosterPage(rosterPeople(), e),
  'policy.list': () => policyList([publication(year)], false), // the server says whether she may publish
  'policy.get': (e) => policyAnswer((e.policyId as string | undefined) ?? 'tongyu-2026', e.policyId ? null : publication(year)),
  'policy.publish': () => publishAnswer(publication(year, 2)),
});
beforeAll(() => {
  server.signIn('teacher');
  bootAdmin(server);
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

  it('操作记录: refused; no log rows, no pointless 重试, and whom to ask', async () => {
    const page = await refused('manage-admin/audit/index', '读取失败');
    expect(page.querySelector('#audit-table')).toBeFalsy();
    expect(page.querySelector('#status-error .status__action')).toBeFalsy();
    expect(textOf(page)).toContain('如需这项权限，请联系学校或县教师进修学校');
    expect(server.events('registers.audit')).toEqual([]);
  });

  it('学分政策: she may read the policy in force, but is offered no publishing', async () => {
    const page = openPage('manage-admin/policy/index');
    await until(() => Boolean(page.querySelector('#policy-current')), '现行政策');
    expect(textOf(page)).toContain(getPolicy('tongyu-2026')!.name);
    expect(page.querySelector('#policy-text')).toBeTruthy();
    expect(page.querySelector('#policy-publish')).toBeFalsy();
    expect(page.querySelector('#policy-preview-template')).toBeFalsy();
    expect(textOf(page)).not.toContain('发布新版本');
    expect(server.events('policy.publish')).toEqual([]);
    expect(textOf(page)).toContain(`${year} 年度第 1 版`);
  });
});
