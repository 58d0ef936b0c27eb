import { computeProgress } from '../engine';
import type { CreditRecord } from '../schemas/record';
import { chain, cr, explained, rec, req, teacher } from '../test-support/fixtures';
import { getPolicy } from './index';

const policy = getPolicy('huoerguosi-2024');
if (!policy) throw new Error('huoerguosi-2024 missing');

/** 必修 专业 training at 县市级 (霍尔果斯市), 集中: 4 学时 = 1 学分. */
const county = (endDate: string, hours: number, over: Partial<CreditRecord> = {}) =>
  rec({ endDate, hours, form: '集中', level: '县', track: '必修', content: '专业', ...over });

/** A cycle's worth exactly as the 学分结构 sentence lists it: 5+15+10+20+10 + 10 + 20 = 90. */
function structure(): CreditRecord[] {
  return [
    county('2024-03-01', 20, { level: '市', content: '公需' }),          // 州级公共 5
    county('2024-03-02', 60, { level: '市' }),                           // 州级专业 15
    county('2024-03-03', 40, { content: '公需' }),                       // 县市级公共 10
    county('2024-03-04', 80),                                            // 县市级专业 20
    rec({ endDate: '2024-03-05', form: '网络', level: '县', track: '必修', tags: ['数字素养'], hours: 50 }), // 数字素养 10
    rec({ endDate: '2024-03-06', form: '网络', level: '市', track: '选修', hours: 50 }),                    // 选修 10
    rec({ endDate: '2024-03-07', form: '校本', level: '校', track: '校本', hours: 100 }),                  // 校本 20
  ];
}

describe('霍尔果斯 2024—2028 (huoerguosi-2024)', () => {
  it('集中培训4学时折算为1学分, 网络培训与校本研修5学时折算为1学分', () => {
    const cases = [
      [county('2024-05-01', 8), '2'],
      [county('2024-05-02', 3), '0.75'],
      [rec({ endDate: '2024-05-03', form: '网络', level: '市', track: '选修', hours: 10 }), '2'],
      [rec({ endDate: '2024-05-04', form: '校本', level: '校', track: '校本', hours: 2.5 }), '0.5'],
      [rec({ endDate: '2024-05-05', form: '学区', level: '学区', hours: 7 }), '1.4'],
    ] as const;
    const report = computeProgress(policy, cases.map(([r]) => r), teacher(), '2024-12-31');
    for (const [r, expected] of cases) expect(explained(report, r.id).credits).toBe(cr(expected));
    expect(chain(report, cases[1][0].id)).toContain('3 学时 ÷ 4 = 0.75 学分');
  });

  it('奖励学分 on the base: 自治区级 优秀 +15%, 州级 良好 +5%, exact to 0.00001', () => {
    const a = county('2024-06-01', 40, { level: '省', award: { grade: '优秀', level: '省' } });
    const b = county('2024-06-02', 20, { level: '市', award: { grade: '良好', level: '市' } });
    const c = county('2024-06-03', 2.5, { level: '国家', award: { grade: '优秀', level: '国家' } });
    const d = county('2024-06-04', 8, { award: { grade: '优秀', level: '县' } });
    const report = computeProgress(policy, [a, b, c, d], teacher(), '2024-12-31');
    expect(explained(report, a.id).credits).toBe(cr('11.5'));
    expect(chain(report, a.id)).toContain('自治区级及以上考核优秀 +15%：10 + 1.5 = 11.5 学分');
    expect(explained(report, b.id).credits).toBe(cr('5.25'));
    expect(explained(report, c.id).credits).toBe(cr('0.71875'));
    expect(explained(report, d.id).credits).toBe(cr('2.2'));
  });

  it('主讲: 自治区级及以上 +2 倍, 州级/市级 +1 倍', () => {
    const region = county('2024-07-01', 8, { level: '省', role: '主讲' });
    const local = county('2024-07-02', 8, { role: '主讲' });
    const report = computeProgress(policy, [region, local], teacher(), '2024-12-31');
    expect(explained(report, region.id).credits).toBe(cr(6));
    expect(chain(report, region.id)).toContain('自治区级及以上项目主讲 +2 倍：2 + 4 = 6 学分');
    expect(explained(report, local.id).credits).toBe(cr(4));
  });

  it('不合格 and 岗前培训 earn nothing, each citing its sentence', () => {
    const failed = county('2024-08-01', 40, { passed: false });
    const pre = county('2024-08-02', 40, { tags: ['岗前培训'] });
    const report = computeProgress(policy, [failed, pre], teacher(), '2024-12-31');
    expect(explained(report, failed.id).reason).toMatchObject({ code: 'FAILED', ruleId: 'hgs-require-passed' });
    expect(explained(report, failed.id).reason?.source).toContain('成绩评定为不合格的,不予登记学分');
    expect(explained(report, pre.id).reason).toMatchObject({ code: 'EXCLUDED_BY_RULE', message: '新入职教师岗前培训学时不纳入学分登记' });
  });

  it('年度 18 = 必修 12 + 选修 2 + 校本 4; 必修 excess fills 选修 then 校本', () => {
    const r = county('2024-09-01', 80); // 20 必修
    const report = computeProgress(policy, [r], teacher(), '2024-12-31');
    expect(req(report, 'bixiu', 2024)).toMatchObject({ raw: cr(20), earned: cr(14), movedOut: cr(6), met: true });
    expect(req(report, 'xuanxiu', 2024)).toMatchObject({ earned: cr(2), movedIn: cr(2), met: true });
    expect(req(report, 'xiaoben', 2024)).toMatchObject({ earned: cr(4), movedIn: cr(4), met: true });
    expect(req(report, 'total', 2024)).toMatchObject({ earned: cr(20), met: true });
    expect(report.years.find((y) => y.year === 2024)?.status).toBe('met');
    expect(report.years.find((y) => y.year === 2025)?.status).toBe('upcoming');
    expect(chain(report, r.id)).toContain('2024 年度「必修课程」超出部分中 2 学分 转入「选修课程」');
  });

  it('周期 90 学分结构 met; without 数字素养 the 必修 60 is reached but 数字素养 is 10 short', () => {
    const full = computeProgress(policy, structure(), teacher(), '2024-12-31');
    for (const [id, v] of [['bixiu-zhou-gonggong', 5], ['bixiu-zhou-zhuanye', 15], ['bixiu-zhou', 20], ['bixiu-xian', 30],
      ['bixiu-shuzi', 10], ['bixiu', 60], ['xuanxiu', 10], ['xiaoben', 20], ['total', 90]] as const) {
      expect(req(full, id)).toMatchObject({ earned: cr(v), required: cr(v), met: true });
    }
    expect(full.cycle?.met).toBe(true);
    expect(full.verdict.status).toBe('in-progress'); // 2025–2028 still need their 18 each
    const swapped = structure();
    swapped[4] = county('2024-03-05', 40);
    const short = computeProgress(policy, swapped, teacher(), '2024-12-31');
    expect(req(short, 'bixiu').earned).toBe(cr(60));
    expect(req(short, 'bixiu-shuzi')).toMatchObject({ earned: 0, shortfall: cr(10), met: false });
    expect(short.verdict.shortfalls.map((s) => s.text)).toContain('2024—2028 第七个五年管理周期「数字素养」还差 10 学分');
  });

  it('cycle 必修 excess goes to 选修 without eating into a sub-category minimum', () => {
    const records = structure().filter((r) => r.track !== '选修');
    records.push(county('2024-04-01', 40)); // 10 more 县市级专业
    const report = computeProgress(policy, records, teacher(), '2024-12-31');
    expect(req(report, 'xuanxiu')).toMatchObject({ earned: cr(10), movedIn: cr(10), met: true });
    expect(req(report, 'bixiu')).toMatchObject({ earned: cr(60), movedOut: cr(10) });
    expect(req(report, 'bixiu-xian-zhuanye').earned).toBe(cr(20));
    expect(req(report, 'bixiu-shuzi').earned).toBe(cr(10));
    expect(report.cycle?.met).toBe(true);
  });

  it('新入职教师: ≥ 30 学分 适岗培训 within a year of starting, or the verdict says what is missing', () => {
    const inWindow = county('2024-12-01', 80, { tags: ['适岗培训'] });
    const late = county('2025-10-01', 60, { tags: ['适岗培训'] });
    const t = teacher({ statuses: [{ status: 'new-teacher' }], hiredOn: '2024-09-01' });
    const report = computeProgress(policy, [inWindow, late], t, '2025-12-31');
    const target = report.targets.find((x) => x.id === 'hgs-target-shigang');
    expect(target).toMatchObject({ achieved: cr(20), required: cr(30), met: false, affectsVerdict: true, window: { from: '2024-09-01', to: '2025-08-31' } });
    expect(report.verdict.shortfalls.map((s) => s.text)).toContain('入职后「新入职教师适岗培训」还差 10 学分');
    expect(computeProgress(policy, [inWindow], teacher(), '2025-12-31').targets).toEqual([]);
    const noDate = computeProgress(policy, [inWindow], teacher({ statuses: [{ status: 'new-teacher' }] }), '2025-12-31');
    expect(noDate.targets[0]).toMatchObject({ met: false, note: '缺少入职日期，无法计算入职后时限' });
  });

  it('自主 has no conversion rule; 普通话 training counts to 必修 as a whole', () => {
    const self = rec({ endDate: '2024-10-01', form: '自主', level: '校', track: '选修', hours: 10 });
    const pth = rec({ endDate: '2024-10-02', form: '集中', level: '省', tags: ['普通话'], hours: 16 });
    const report = computeProgress(policy, [self, pth], teacher(), '2024-12-31');
    expect(explained(report, self.id).reason).toMatchObject({ code: 'NO_CONVERSION', message: '本政策没有「自主」培训的学时折算规则' });
    expect(explained(report, pth.id).categoryId).toBe('bixiu');
    expect(req(report, 'bixiu').earned).toBe(cr(4));
    expect(req(report, 'bixiu-zhou').earned).toBe(0);
  });
});
