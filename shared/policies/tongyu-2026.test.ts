import { computeProgress } from '../engine';
import { progressReportSchema } from '../schemas/progress-report';
import { chain, cr, explained, rec, req, teacher } from '../test-support/fixtures';
import { getPolicy } from './index';

const policy = getPolicy('tongyu-2026');
if (!policy) throw new Error('tongyu-2026 missing');
const asOf = '2026-12-31';

/** A teacher who meets every line of the 2026 plan exactly: 30 + 20 + 30 + 10 = 90. */
function fullYear() {
  return [
    rec({ endDate: '2026-04-20', content: '公需', form: '网络', hours: 30, title: '师德师风网络课程' }),
    ...['师德', '法制', '班级管理', '心理健康', '智慧课堂'].map((topic, i) =>
      rec({ endDate: `2026-05-0${i + 1}`, content: '专业', form: '集中', hours: 4, topic })),
    ...['新课程', '新教材', '新方法', '心理健康', '数智化教学'].map((topic, i) =>
      rec({ endDate: `2026-06-0${i + 1}`, content: '专业', form: '校本', level: '校', hours: 6, topic })),
    ...[['相约星期六', 4], ['技能大提升', 3], ['读书', 3]].map(([topic, hours], i) =>
      rec({ endDate: `2026-07-0${i + 1}`, content: '专业', form: '自主', level: '校', hours: hours as number, topic: topic as string })),
  ];
}

describe('通榆 2026 (tongyu-2026)', () => {
  it('达标: 公需 30 + 集中 20 (5 专题) + 校本 30 (5 专题) + 自主 10 (3 专题) = 90', () => {
    const report = computeProgress(policy, fullYear(), teacher(), asOf);
    expect(progressReportSchema.safeParse(report).success).toBe(true);
    expect(req(report, 'gongxu', 2026)).toMatchObject({ earned: cr(30), required: cr(30), met: true });
    expect(req(report, 'zhuanye', 2026)).toMatchObject({ earned: cr(60), required: cr(60), met: true });
    expect(req(report, 'zhuanye-jizhong', 2026).topics).toEqual({ count: 5, required: 5, met: true, decides: false });
    expect(req(report, 'zhuanye-zizhu', 2026).topics).toEqual({ count: 3, required: 3, met: true, decides: false });
    expect(req(report, 'total', 2026)).toMatchObject({ earned: cr(90), required: cr(90), shortfall: 0, met: true });
    expect(report.verdict).toMatchObject({ met: true, status: 'met', summary: '已达标' });
  });

  it('达标 follows the document: 102 学分 (公需 32, 专业 70 = 集中 28 + 校本 30 + 自主 12) is 达标 though her 专题 are short', () => {
    // issue #10: a teacher whose one 校本 record (no 专题 named: its title stands in) counts as one 专题
    const records = [
      rec({ endDate: '2026-05-10', content: '公需', form: '网络', level: '国家', hours: 32, title: '寒暑假教师研修：师德师风' }),
      rec({ endDate: '2026-07-17', content: '专业', form: '集中', hours: 20, topic: '学科教学' }),
      rec({ endDate: '2026-09-20', content: '专业', form: '集中', hours: 8, topic: '班级管理' }),
      rec({ endDate: '2026-11-11', content: '专业', form: '校本', level: '校', hours: 30, title: '校本研修（全年）' }),
      rec({ endDate: '2026-10-31', content: '专业', form: '自主', level: '校', hours: 12, title: '教学反思与案例撰写' }),
    ];
    const report = computeProgress(policy, records, teacher(), asOf);
    expect(req(report, 'total', 2026)).toMatchObject({ earned: cr(102), met: true });
    expect(req(report, 'gongxu', 2026)).toMatchObject({ earned: cr(32), met: true });
    expect(req(report, 'zhuanye', 2026)).toMatchObject({ earned: cr(70), met: true });
    expect(req(report, 'zhuanye-jizhong', 2026)).toMatchObject({ earned: cr(28), met: true, topics: { count: 2, required: 5, met: false, decides: false } });
    expect(req(report, 'zhuanye-xiaoben', 2026)).toMatchObject({ earned: cr(30), met: true, topics: { count: 1, required: 5, met: false, decides: false } });
    expect(req(report, 'zhuanye-zizhu', 2026)).toMatchObject({ earned: cr(12), met: true, topics: { count: 1, required: 3, met: false, decides: false } });
    expect(report.years[0]?.status).toBe('met');
    expect(report.verdict).toMatchObject({ met: true, status: 'met', summary: '已达标', shortfalls: [] });
    // the 专题 gaps (and the 数字化 goal) stay in view, apart from the verdict
    expect(report.verdict.goals.map((g) => g.text)).toEqual([
      '2026 年度「集中培训」还差 3 个专题',
      '2026 年度「校（园）本研修」还差 4 个专题',
      '2026 年度「自主研修」还差 2 个专题',
      '2026 年度「数字化专项培训」还差 30 学时',
    ]);
  });

  it('credits still decide: 专题 complete but 专业 short is 未达标, and only the credit gaps are shortfalls', () => {
    const records = fullYear().filter((r) => r.form !== '自主');
    const report = computeProgress(policy, records, teacher(), asOf);
    expect(report.verdict.met).toBe(false);
    expect(report.verdict.shortfalls.map((s) => [s.id, s.kind])).toEqual([['total', 'credits'], ['zhuanye', 'credits'], ['zhuanye-zizhu', 'credits']]);
    expect(report.verdict.goals.map((g) => [g.id, g.kind])).toEqual([['zhuanye-zizhu', 'topics'], ['ty-target-digital', 'hours']]);
  });

  it('1学时=1学分, 上不封顶: 125 学时 → 125 学分', () => {
    const r = rec({ endDate: '2026-09-01', content: '专业', form: '集中', hours: 125 });
    const report = computeProgress(policy, [r], teacher(), asOf);
    expect(explained(report, r.id).credits).toBe(cr(125));
    expect(chain(report, r.id)).toContain('125 学时 × 1 = 125 学分');
    expect(req(report, 'zhuanye-jizhong', 2026)).toMatchObject({ earned: cr(125), cap: null, cappedOff: 0 });
  });

  it('集中 with only 4 专题 still 达标 on 20 学时: the 专题 count is a target, its gap shown as a goal', () => {
    const records = fullYear().filter((r) => r.topic !== '智慧课堂');
    records.push(rec({ endDate: '2026-05-20', content: '专业', form: '集中', hours: 4, topic: '师德' }));
    const report = computeProgress(policy, records, teacher(), asOf);
    const jz = req(report, 'zhuanye-jizhong', 2026);
    expect(jz.earned).toBe(cr(20));
    expect(jz.topics).toEqual({ count: 4, required: 5, met: false, decides: false });
    expect(jz.met).toBe(true);
    expect(report.verdict).toMatchObject({ met: true, status: 'met', summary: '已达标', shortfalls: [] });
    expect(report.verdict.goals.map((s) => s.text)).toContain('2026 年度「集中培训」还差 1 个专题');
  });

  it('优秀学员 adds 5/4/3/2/1 学时 by level, cumulative across records', () => {
    const county = rec({ endDate: '2026-08-01', content: '专业', form: '集中', hours: 12, award: { grade: '优秀', level: '县' } });
    const school = rec({ endDate: '2026-08-02', content: '专业', form: '校本', level: '校', hours: 6, award: { grade: '优秀', level: '校' } });
    const nation = rec({ endDate: '2026-08-03', content: '公需', form: '网络', hours: 10, award: { grade: '优秀', level: '国家' } });
    const good = rec({ endDate: '2026-08-04', content: '公需', form: '网络', hours: 10, award: { grade: '良好', level: '国家' } });
    const report = computeProgress(policy, [county, school, nation, good], teacher(), asOf);
    expect(explained(report, county.id).credits).toBe(cr(14));
    expect(chain(report, county.id)).toContain('优秀学员（县级）+2 学时：12 + 2 = 14 学分');
    expect(explained(report, school.id).credits).toBe(cr(7));
    expect(explained(report, nation.id).credits).toBe(cr(15));
    expect(explained(report, good.id).credits).toBe(cr(10));
    expect(req(report, 'total', 2026).earned).toBe(cr(46));
  });

  it('out of the 2026-04—12 training period earns nothing, with the reason', () => {
    const march = rec({ endDate: '2026-03-20', content: '公需', hours: 30 });
    const next = rec({ endDate: '2027-01-05', content: '公需', hours: 30 });
    const report = computeProgress(policy, [march, next], teacher(), '2027-02-01');
    for (const r of [march, next]) {
      const e = explained(report, r.id);
      expect(e.counted).toBe(false);
      expect(e.reason?.code).toBe('OUT_OF_PERIOD');
      expect(e.reason?.source).toContain('2026年4月—2026年12月');
    }
    expect(explained(report, march.id).reason?.message).toBe('培训结束日期 2026-03-20 不在本政策统计期 2026-04-01 至 2026-12-31 内');
    expect(req(report, 'total', 2026).earned).toBe(0);
    expect(report.verdict.status).toBe('not-met');
  });

  it('数字化专项 ≥ 30 学时 is tracked but does not decide 达标; bonus hours do not count toward it', () => {
    const records = fullYear();
    records[0] = { ...records[0]!, tags: ['数字化'], hours: 20, award: { grade: '优秀', level: '省' } } as typeof records[0];
    records.push(rec({ endDate: '2026-09-09', content: '公需', form: '网络', hours: 6, tags: ['数字素养'] }));
    const report = computeProgress(policy, records, teacher(), asOf);
    const t = report.targets.find((x) => x.id === 'ty-target-digital');
    expect(t).toMatchObject({ year: 2026, measure: 'hours', achieved: cr(26), required: cr(30), met: false, affectsVerdict: false });
    // 公需 20 + 4 (省级优秀) + 6 = 30: still 达标
    expect(req(report, 'gongxu', 2026).earned).toBe(cr(30));
    expect(report.verdict.met).toBe(true);
  });

  it('a record without 公需/专业 is not classified and says what to fix', () => {
    const r = rec({ endDate: '2026-06-01', form: '集中', hours: 8 });
    const report = computeProgress(policy, [r], teacher(), asOf);
    expect(explained(report, r.id).reason).toMatchObject({ code: 'UNCLASSIFIED', message: '请注明这条培训属于公需科目还是专业科目' });
  });

  it('专业 网络 training counts to 专业 and the total, not to the 集中/校本/自主 minimums', () => {
    const r = rec({ endDate: '2026-06-01', content: '专业', form: '网络', hours: 8 });
    const report = computeProgress(policy, [r], teacher(), asOf);
    expect(req(report, 'zhuanye', 2026).earned).toBe(cr(8));
    expect(req(report, 'zhuanye-jizhong', 2026).earned).toBe(0);
    expect(req(report, 'total', 2026).earned).toBe(cr(8));
  });

  it('failed, pending and returned records earn nothing; pending counts provisionally when previewed', () => {
    const failed = rec({ endDate: '2026-06-01', content: '公需', hours: 10, passed: false });
    const pending = rec({ endDate: '2026-06-02', content: '公需', hours: 10, status: 'submitted' });
    const returned = rec({ endDate: '2026-06-03', content: '公需', hours: 10, status: 'returned' });
    const plain = computeProgress(policy, [failed, pending, returned], teacher(), asOf);
    expect(explained(plain, failed.id).reason?.code).toBe('FAILED');
    expect(explained(plain, pending.id).reason).toMatchObject({ code: 'NOT_APPROVED', message: '待审核，审核通过后才计入学分' });
    expect(explained(plain, returned.id).reason?.message).toBe('已退回，请按退回意见修改后重新提交');
    expect(plain.provisional).toBe(false);
    const preview = computeProgress(policy, [failed, pending, returned], teacher(), asOf, { includePending: true });
    expect(preview.provisional).toBe(true);
    expect(explained(preview, pending.id)).toMatchObject({ counted: true, provisional: true });
    expect(req(preview, 'gongxu', 2026)).toMatchObject({ earned: cr(10), provisional: cr(10) });
    expect(explained(preview, returned.id).counted).toBe(false);
  });

  it('before year end the verdict is 进行中 with the gap named; after it, 未达标', () => {
    const records = fullYear().slice(0, 1); // only 公需 30
    const open = computeProgress(policy, records, teacher(), '2026-10-01');
    expect(open.verdict.status).toBe('in-progress');
    expect(open.verdict.summary).toContain('2026 年度「年度总学分」还差 60 学分');
    expect(open.years[0]?.closed).toBe(false);
    const closed = computeProgress(policy, records, teacher(), '2027-01-10');
    expect(closed.verdict.status).toBe('not-met');
    expect(closed.years[0]?.closed).toBe(true);
  });
});
