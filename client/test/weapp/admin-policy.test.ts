import { coversYear } from '@shared/policies/period-instances';
import { getPolicy, listPolicies } from '@shared/policies';
import type { PolicyRef } from '@shared/schemas/api/views';
import { recentYears } from '@shared/time/beijing-time';
import { policyAnswer, policyChanges, policyLines, policyList, publication, publishAnswer } from '../support/admin-fixtures';
import { adminServer, bootAdmin, pick, refuse, tap } from './admin-support';
import { firstLoadFailsThenRetries } from './first-load';
import { openPage, textOf, until } from './harness';

/**
 * 学分政策 in the compiled mini-program (subpackage manage-admin), as the county admin:
 * loading → a failed read with 重试 → the policy in force with its sentences; another year
 * chosen; a built-in policy chosen, compared with the one in force, and published.
 */
jest.setTimeout(60_000);

const year = recentYears(1)[0]!;
const chosen = 'huoerguosi-2024';
const inForce = new Map<number, { policyId: string; ref: PolicyRef }>([[year, { policyId: 'tongyu-2026', ref: publication(year, 1) }]]);
const server = adminServer({
  'policy.list': () => policyList([...inForce.values()].map((p) => p.ref)),
  'policy.get': (e) => {
    if (e.policyId) return policyAnswer(e.policyId as string, null);
    const found = inForce.get(e.year as number);
    return found ? policyAnswer(found.policyId, found.ref) : refuse('NOT_FOUND', `本县尚未发布 ${String(e.year)} 年度的学分政策`);
  },
  'policy.publish': (e) => {
    if (!coversYear(getPolicy(e.policyId as string)!, e.year as number)) refuse('POLICY_INVALID', '不能发布为该年度政策');
    const ref = { ...publication(e.year as number, 2), policyId: e.policyId as string };
    inForce.set(e.year as number, { policyId: e.policyId as string, ref });
    return publishAnswer(ref);
  },
});
let wx: ReturnType<typeof bootAdmin>;
beforeAll(() => { wx = bootAdmin(server); });

describe('mini-program 学分政策 (manage-admin/policy)', () => {
  let page: ReturnType<typeof openPage>;

  it('shows loading, then a failed read in Chinese with 重试, which asks again and shows the policy in force', async () => {
    page = await firstLoadFailsThenRetries(server, {
      key: 'policy.list', route: 'manage-admin/policy/index', loading: '正在读取政策…', content: '#policy-current',
      failure: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' }, errorTexts: ['政策读取失败', '服务器出了点问题，请稍后重试'],
    });
    expect(server.events('policy.list')).toHaveLength(2);
    expect(server.events('policy.get')).toEqual([{ year }, { year }]);
    const current = page.querySelector('#policy-current')!.dom.textContent!.replace(/\s+/g, ' ');
    expect(current).toContain(getPolicy('tongyu-2026')!.name);
    expect(current).toContain(`${year} 年度第 1 版，${year}-03-20 发布`);
    const text = page.querySelector('#policy-text')!.dom.textContent!;
    const sourced = policyLines('tongyu-2026').find((l) => l.source)!;
    expect(text).toContain(sourced.text);
    expect(text).toContain(`原文：${sourced.source}`);
  });

  it('another year: asks for that year and says when nothing is published for it', async () => {
    pick(page, '#policy-year', 0);
    await until(() => textOf(page).includes(`本县尚未发布 ${year + 1} 年度的学分政策`), '下一年度');
    expect(server.events('policy.get').at(-1)).toEqual({ year: year + 1 });
    pick(page, '#policy-year', 1);
    await until(() => Boolean(page.querySelector('#policy-current')), '回到本年度');
  });

  it('chooses a built-in policy, sees what differs from the one in force, and publishes it as version 2', async () => {
    const index = listPolicies().findIndex((p) => p.id === chosen);
    pick(page, '#pick-template', index);
    await until(() => textOf(page).includes(`内置政策：${getPolicy(chosen)!.name}`), '选中内置政策');
    tap(page, '#policy-preview-template');
    await until(() => Boolean(page.querySelector('#policy-diff')), '对比结果');
    expect(server.events('policy.get').at(-1)).toEqual({ policyId: chosen });
    const changes = policyChanges('tongyu-2026', chosen);
    expect(changes.length).toBeGreaterThan(0);
    expect(textOf(page)).toContain(`（${changes.length} 处不同）`);
    expect(page.querySelector('#policy-diff')!.dom.textContent).toContain(changes[0]!.text);

    tap(page, '#policy-publish-go');
    await until(() => server.events('policy.publish').length === 1, '发布');
    expect(wx.showModal.mock.calls.at(-1)![0]).toMatchObject({ title: '确认发布' });
    expect(server.events('policy.publish')).toEqual([{ year, policyId: chosen, expectedVersion: 1 }]);
    await until(() => (page.querySelector('#policy-current')?.dom.textContent ?? '').includes(getPolicy(chosen)!.name), '新政策生效');
    expect(textOf(page)).toContain(`${year} 年度第 2 版`);
    expect(wx.showToast.mock.calls.some((c) => (c[0] as { title: string }).title === `已发布 ${year} 年度第 2 版`)).toBe(true);
    expect(page.querySelector('#policy-candidate')).toBeFalsy();
  });
});
