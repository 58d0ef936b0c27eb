import { getPolicy, listPolicies } from '../policies';
import type { Policy } from '../schemas/policy';
import { describeCondition } from './describe-condition';
import { describePolicy } from './describe-policy';
import { policyDiff } from './policy-diff';

const tongyu = () => JSON.parse(JSON.stringify(getPolicy('tongyu-2026'))) as Policy;

describe('describeCondition', () => {
  it('reads a condition in Chinese', () => {
    expect(describeCondition({ form: ['集中'], level: ['国家', '省'] })).toBe('形式为 集中、级别为 国家、省'.replace('、级别', '，级别'));
    expect(describeCondition({})).toBe('所有记录');
    expect(describeCondition({ any: [{ form: ['网络'] }, { content: [null] }], not: { role: ['主讲'] } })).toBe('（形式为 网络；或 内容为 未填），不是「身份为 主讲」');
  });
});

describe('describePolicy', () => {
  it.each(listPolicies().map((p) => p.id))('%s: every section line carries a document sentence where the rule has one', (id) => {
    const p = getPolicy(id)!;
    const sections = describePolicy(p);
    expect(sections.map((s) => s.title)).toEqual(expect.arrayContaining(['适用范围', '类别、最低要求和上限', '归类', '学时换算学分']));
    const lines = sections.flatMap((s) => s.lines);
    for (const l of lines.filter((x) => !x.text.endsWith('不单独设要求'))) expect(l.source.length).toBeGreaterThan(1);
    // Every category of the policy appears.
    for (const c of p.categories) expect(lines.some((l) => l.text.startsWith(`${c.name}：`))).toBe(true);
  });
});

describe('policyDiff', () => {
  it('the same policy → no changes; first publication → one line', () => {
    expect(policyDiff(tongyu(), tongyu())).toEqual([]);
    expect(policyDiff(null, tongyu())).toEqual([expect.objectContaining({ kind: 'added', text: expect.stringContaining('首次发布') })]);
  });

  it('names a changed minimum, an added bonus, a removed rule and a renamed policy', () => {
    const current = tongyu();
    const next = tongyu();
    next.name = `${current.name}（修订）`;
    const cat = next.categories.find((c) => c.limits?.year?.min !== undefined)!;
    cat.limits!.year!.min = 99;
    const removed = next.conversion.length > 1 ? next.conversion.pop()! : null;
    next.bonuses = [...next.bonuses, { id: 'new-bonus', kind: 'percent', name: '新加分', percent: '10', when: { form: ['集中'] }, source: '新文件第三条' }];
    const changes = policyDiff(current, next);
    expect(changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'changed', section: '政策', text: expect.stringContaining('（修订）') }),
      expect.objectContaining({ kind: 'changed', text: expect.stringMatching(new RegExp(`${cat.name}：.*→.*至少 99 学分`)) }),
      expect.objectContaining({ kind: 'added', section: '加分', text: expect.stringContaining('新加分'), source: '新文件第三条' }),
    ]));
    if (removed) expect(changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'removed', section: '学时换算学分' })]));
  });

  it('a roll-over that only shifts dates shows the period change and nothing else', () => {
    const current = tongyu();
    const next = tongyu();
    next.period = { ...next.period, start: '2027-01-01', end: '2027-12-31', years: [2027] };
    const changes = policyDiff(current, next);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'changed', section: '适用范围', text: expect.stringContaining('2027') });
  });
});
