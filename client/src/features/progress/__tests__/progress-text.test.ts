import { SCALE } from '@shared/credits';
import type { RequirementResult } from '@shared/schemas/progress-report';
import { behindRecords, fullRecords, tongyuReport } from '../../../../test/support/progress-fixtures';
import { lineView, scopeLines, targetLine, treeOrder, verdictText, yearTargets } from '@shared/home-view/progress-text';

const year2026 = (records = behindRecords()) => {
  const report = tongyuReport(records);
  const scope = report.years.find((y) => y.year === 2026);
  if (!scope) throw new Error('no 2026 scope');
  return { report, scope };
};

describe('本年度进度 text (from the engine’s 通榆 2026 report)', () => {
  it('a teacher far behind: every line with earned / required 学分, shortfall and 专题', () => {
    const { report, scope } = year2026();
    const lines = scopeLines(scope);
    expect(lines.map((l) => [l.name, l.depth, l.figure, l.shortfall])).toEqual([
      ['年度总学分', 0, '14 / 90 学分', '还差 76 学分'],
      ['公需科目', 0, '6 / 30 学分', '还差 24 学分'],
      ['专业科目', 0, '8 / 60 学分', '还差 52 学分'],
      ['集中培训', 1, '8 / 20 学分', '还差 12 学分'],
      ['校（园）本研修', 1, '0 / 30 学分', '还差 30 学分'],
      ['自主研修', 1, '0 / 10 学分', '还差 10 学分'],
    ]);
    const jizhong = lines.find((l) => l.id === 'zhuanye-jizhong');
    expect(jizhong).toMatchObject({ topics: '专题 1 / 5 个', topicsShortfall: '还差 4 个专题', percent: 40, met: false });
    expect(lines[0]).toMatchObject({ isTotal: true, topics: null, percent: 15 });
    expect(verdictText(report.verdict)).toBe(`还差 ${report.verdict.shortfalls.length} 项`);
    expect(verdictText(report.verdict)).toBe('还差 6 项');
  });

  it('a teacher who is through: 已达标, fractional amounts printed exactly (32.5 学分)', () => {
    const { report, scope } = year2026(fullRecords());
    expect(verdictText(report.verdict)).toBe('已达标');
    const lines = scopeLines(scope);
    expect(lines.find((l) => l.id === 'gongxu')).toMatchObject({ figure: '32.5 / 30 学分', shortfall: null, met: true, percent: 100 });
    expect(lines[0]).toMatchObject({ figure: '92.5 / 90 学分', shortfall: null });
    expect(lines.every((l) => l.met && l.topicsShortfall === null)).toBe(true);
  });

  it('targets keep their own unit: 数字化专项培训 counts 学时 and does not decide the verdict', () => {
    const behind = tongyuReport(behindRecords());
    const [digital] = yearTargets(behind, 2026).map(targetLine);
    expect(digital).toMatchObject({ name: '数字化专项培训', figure: '0 / 30 学时', shortfall: '还差 30 学时', percent: 0, note: '参考目标，不影响达标' });
    const [done] = yearTargets(tongyuReport(fullRecords()), 2026).map(targetLine);
    expect(done).toMatchObject({ figure: '32.5 / 30 学时', shortfall: null, met: true, percent: 100 });
    expect(yearTargets(behind, 2025)).toEqual([]);
  });

  it('a line without a minimum, or marked untracked, shows what was counted without bar or shortfall', () => {
    const { scope } = year2026();
    const base = scope.categories[0] as RequirementResult;
    expect(lineView({ ...base, required: null })).toMatchObject({ figure: '已计 6 学分', percent: null, shortfall: null });
    // A status another version of the schema may add ('untracked' = 只统计，不设要求).
    const untracked = { ...base, status: 'untracked' } as RequirementResult;
    expect(lineView(untracked)).toMatchObject({ figure: '已计 6 学分', percent: null, shortfall: null, note: '只统计，不设要求' });
    const unknown = { ...base, status: 'something-new' } as RequirementResult;
    expect(lineView(unknown)).toMatchObject({ figure: '6 / 30 学分', note: null });
  });

  it('prints provisional parts, record counts and sub-unit amounts through formatAmount', () => {
    const { scope } = year2026();
    const base = scope.categories[0] as RequirementResult;
    const line = lineView({
      ...base, earned: (SCALE * 3) / 4, provisional: SCALE / 8, shortfall: 29.25 * SCALE, records: { count: 0, required: 1, met: false },
    } as RequirementResult);
    expect(line).toMatchObject({
      figure: '0.75 / 30 学分', shortfall: '还差 29.25 学分', provisional: '含待审核 0.125 学分',
      records: '合格记录 0 / 1 项', recordsShortfall: '还差 1 项合格记录',
    });
  });

  it('orders categories as a tree whatever order they arrive in', () => {
    const { scope } = year2026();
    const shuffled = [...scope.categories].reverse();
    // Roots in arrival order (专业 before 公需 here), each followed by its children in arrival order.
    const ids = treeOrder(shuffled).map((c) => c.id);
    expect(ids).toEqual(['zhuanye', 'zhuanye-zizhu', 'zhuanye-xiaoben', 'zhuanye-jizhong', 'gongxu']);
    const orphan = { ...(scope.categories[1] as RequirementResult), id: 'orphan', parentId: 'gone' };
    expect(treeOrder([orphan, ...scope.categories]).map((c) => c.id)[0]).toBe('orphan');
    expect(ids).toHaveLength(scope.categories.length);
  });

  it('verdict words for a closed year and for a verdict without listed gaps', () => {
    const { report } = year2026();
    expect(verdictText({ ...report.verdict, status: 'not-met' })).toBe('未达标，还差 6 项');
    expect(verdictText({ ...report.verdict, shortfalls: [] })).toBe('尚未达标');
  });
});
