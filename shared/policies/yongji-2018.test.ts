import { computeProgress } from '../engine';
import { chain, cr, explained, rec, req, teacher } from '../test-support/fixtures';
import { getPolicy } from './index';

const policy = getPolicy('yongji-2018');
if (!policy) throw new Error('yongji-2018 missing');

describe('永吉 2018 (yongji-2018)', () => {
  it('文件例: 24 学时 国家/省市级 县域外集中 × 1.3 = 31.2 学分; 优秀学员上浮20% → 37.44', () => {
    const r = rec({ endDate: '2019-05-04', form: '集中', level: '省', location: '县外', hours: 24, award: { grade: '优秀', level: '省' } });
    const report = computeProgress(policy, [r], teacher(), '2019-12-31');
    expect(explained(report, r.id).credits).toBe(cr('37.44'));
    expect(chain(report, r.id)).toBe('归入「集中研修」 | 24 学时 × 1.3 = 31.2 学分 | 优秀学员 +20%：31.2 + 6.24 = 37.44 学分'
      + ' | 2019 年度「集中研修」超出部分中 13.44 学分 转入「网络研修」');
    const convert = explained(report, r.id).steps.find((s) => s.kind === 'convert');
    expect(convert).toMatchObject({ ruleId: 'yj-convert-higher-out', source: '国家、省市级集中培训 …… 县域外集中 1.3' });
  });

  it('学分系数表: 校本 0.5, 学区 0.8, 县级集中 1, 省市县域内 1.2, 县域外 1.3, 网络 0.7', () => {
    const cases = [
      [rec({ endDate: '2019-03-01', form: '校本', level: '校' }), '5'],
      [rec({ endDate: '2019-03-02', form: '学区', level: '学区' }), '8'],
      [rec({ endDate: '2019-03-03', form: '集中', level: '县' }), '10'],
      [rec({ endDate: '2019-03-04', form: '集中', level: '市', location: '县内' }), '12'],
      [rec({ endDate: '2019-03-05', form: '集中', level: '国家', location: '县外' }), '13'],
      [rec({ endDate: '2019-03-06', form: '网络', level: '省', hasCertificate: false }), '7'],
      [rec({ endDate: '2019-03-07', form: '网络', level: '省', hours: 2.5 }), '1.75'],
    ] as const;
    const report = computeProgress(policy, cases.map(([r]) => r), teacher(), '2019-12-31');
    for (const [r, expected] of cases) expect(explained(report, r.id).credits).toBe(cr(expected));
  });

  it('校本研修不超过24学分: the later record loses the excess, with the reason', () => {
    const a = rec({ endDate: '2019-03-01', form: '校本', level: '校', hours: 30 });
    const b = rec({ endDate: '2019-09-01', form: '校本', level: '校', hours: 30 });
    const report = computeProgress(policy, [b, a], teacher(), '2019-12-31');
    expect(req(report, 'xiaoben', 2019)).toMatchObject({ raw: cr(30), earned: cr(24), cap: cr(24), cappedOff: cr(6) });
    expect(explained(report, a.id).countedInYear).toBe(cr(15));
    expect(explained(report, b.id).countedInYear).toBe(cr(9));
    expect(chain(report, b.id)).toContain('2019 年度「校本研修」最多计 24 学分：本条 15 学分 中 6 学分 不计入');
  });

  it('县级及以上集中研修超出标准的学分替换网络研修: 9 学分 moved, total unchanged', () => {
    const jz = rec({ endDate: '2019-04-01', form: '集中', level: '县', hours: 40 });
    const wl = rec({ endDate: '2019-05-01', form: '网络', level: '省', hours: 10 });
    const report = computeProgress(policy, [jz, wl], teacher(), '2019-12-31');
    expect(req(report, 'jizhong', 2019)).toMatchObject({ earned: cr(31), movedOut: cr(9), met: true });
    expect(req(report, 'wangluo', 2019)).toMatchObject({ earned: cr(16), movedIn: cr(9), met: true });
    expect(req(report, 'total', 2019).earned).toBe(cr(47));
    expect(chain(report, jz.id)).toContain('2019 年度「集中研修」超出部分中 9 学分 转入「网络研修」');
    // only the excess above 24 can move: 30 集中 leaves 6 for 网络
    const less = computeProgress(policy, [{ ...jz, hours: 30 }, wl], teacher(), '2019-12-31');
    expect(req(less, 'jizhong', 2019).earned).toBe(cr(24));
    expect(req(less, 'wangluo', 2019)).toMatchObject({ earned: cr(13), shortfall: cr(3), met: false });
  });

  it('没有取得结业证书的，不计算学分 — for 集中 participants; 网络 (platform hours) and trainers need none', () => {
    const noCert = rec({ endDate: '2019-04-01', form: '集中', level: '县', hours: 10, hasCertificate: false });
    const numbered = rec({ endDate: '2019-04-02', form: '集中', level: '县', hours: 10, hasCertificate: false, certificateNo: 'JL-2019-0042' });
    const online = rec({ endDate: '2019-04-03', form: '网络', level: '省', hours: 10, hasCertificate: false });
    const trainer = rec({ endDate: '2019-04-04', form: '集中', level: '县', role: '主讲', hours: 8, hasCertificate: false });
    const report = computeProgress(policy, [noCert, numbered, online, trainer], teacher(), '2019-12-31');
    expect(explained(report, noCert.id).reason).toMatchObject({ code: 'NO_CERTIFICATE', ruleId: 'yj-certificate', source: '没有取得结业证书的，不计算学分。' });
    expect(explained(report, numbered.id).credits).toBe(cr(10));
    expect(explained(report, online.id).credits).toBe(cr(7));
    expect(explained(report, trainer.id).credits).toBe(cr(8));
    expect(chain(report, trainer.id)).toContain('8 学时 × 1 = 8 学分');
    expect(explained(report, trainer.id).steps[1]?.ruleId).toBe('yj-convert-trainer');
  });

  it('产假期和哺乳期: that year only 12 校本; the cycle needs 24 集中 / 16 网络 / 52 total less', () => {
    const t = teacher({ statuses: [{ status: 'maternity', years: [2020] }] });
    const r = rec({ endDate: '2020-06-01', form: '校本', level: '校', hours: 24 });
    const report = computeProgress(policy, [r], t, '2020-12-31');
    const y2020 = report.years.find((y) => y.year === 2020);
    expect(y2020?.met).toBe(true);
    expect(y2020?.adjustments.map((a) => a.ruleId)).toEqual(['yj-status-maternity']);
    expect(req(report, 'total', 2020)).toMatchObject({ earned: cr(12), required: cr(12) });
    expect(req(report, 'jizhong', 2020).required).toBe(0);
    expect(req(report, 'jizhong', 2019).required).toBe(cr(24));
    expect(req(report, 'jizhong').required).toBe(cr(96));
    expect(req(report, 'wangluo').required).toBe(cr(64));
    expect(req(report, 'total').required).toBe(cr(268));
    expect(req(report, 'xiaoben').cap).toBe(cr(120));
  });

  it('高中/特教: 集中 shortfall filled from 校本 (then 网络); an ordinary teacher stays short', () => {
    const records = [
      rec({ endDate: '2019-04-01', form: '集中', level: '县', hours: 14 }),
      rec({ endDate: '2019-05-01', form: '网络', level: '省', hours: 40 }),
      rec({ endDate: '2019-06-01', form: '校本', level: '校', hours: 48 }),
    ];
    const hs = computeProgress(policy, records, teacher({ statuses: [{ status: 'high-school' }] }), '2019-12-31');
    expect(req(hs, 'jizhong', 2019)).toMatchObject({ earned: cr(24), movedIn: cr(10), met: true });
    expect(req(hs, 'xiaoben', 2019)).toMatchObject({ earned: cr(14), movedOut: cr(10) });
    expect(req(hs, 'wangluo', 2019).earned).toBe(cr(28));
    expect(req(hs, 'total', 2019)).toMatchObject({ earned: cr(66), met: true });
    expect(hs.years.find((y) => y.year === 2019)?.met).toBe(true);
    const plain = computeProgress(policy, records, teacher(), '2019-12-31');
    expect(req(plain, 'jizhong', 2019)).toMatchObject({ earned: cr(14), shortfall: cr(10), met: false });
  });

  it('非专任教师: 集中 shortfall filled with 网络 excess', () => {
    const records = [
      rec({ endDate: '2019-04-01', form: '集中', level: '县', hours: 20 }),
      rec({ endDate: '2019-05-01', form: '网络', level: '省', hours: 40 }),
    ];
    const report = computeProgress(policy, records, teacher({ statuses: [{ status: 'non-teaching' }] }), '2019-12-31');
    expect(req(report, 'jizhong', 2019)).toMatchObject({ earned: cr(24), met: true });
    expect(req(report, 'wangluo', 2019)).toMatchObject({ earned: cr(24), movedOut: cr(4), met: true });
  });

  it('five full years meet the cycle (集中 120, 网络 84, 校本 120 ≤ 120, total 324 ≥ 320); a missing year fails both', () => {
    const years = [2018, 2019, 2020, 2021, 2022];
    const perYear = (y: number) => [
      rec({ endDate: `${y}-04-01`, form: '集中', level: '县', hours: 24 }),
      rec({ endDate: `${y}-05-01`, form: '网络', level: '省', hours: 24 }),
      rec({ endDate: `${y}-06-01`, form: '校本', level: '校', hours: 48 }),
    ];
    // judged after the cycle closed: 2023 opens the next cycle, so name the year whose cycle is asked for
    const all = computeProgress(policy, years.flatMap(perYear), teacher(), '2023-01-15', { year: 2022 });
    expect(req(all, 'total', 2018).earned).toBe(cr('64.8'));
    expect(req(all, 'jizhong')).toMatchObject({ earned: cr(120), required: cr(120), met: true });
    expect(req(all, 'wangluo').earned).toBe(cr(84));
    expect(req(all, 'xiaoben')).toMatchObject({ earned: cr(120), cap: cr(120), cappedOff: 0 });
    expect(req(all, 'total')).toMatchObject({ earned: cr(324), met: true });
    expect(all.verdict.status).toBe('met');
    const gap = computeProgress(policy, years.filter((y) => y !== 2021).flatMap(perYear), teacher(), '2023-01-15', { year: 2022 });
    expect(gap.verdict.status).toBe('not-met');
    expect(gap.years.find((y) => y.year === 2021)?.status).toBe('not-met');
    expect(req(gap, 'total')).toMatchObject({ earned: cr('259.2'), shortfall: cr('60.8') });
  });

  it('领导干部: only the 64 total counts, no 集中/网络 minimums', () => {
    const records = [
      rec({ endDate: '2019-05-01', form: '网络', level: '国家', hours: 60, title: '中国教育行政学院网络研修' }),
      rec({ endDate: '2019-06-01', form: '校本', level: '校', hours: 48 }),
    ];
    const report = computeProgress(policy, records, teacher({ statuses: [{ status: 'leader', years: [2019] }] }), '2019-12-31');
    expect(req(report, 'total', 2019)).toMatchObject({ earned: cr(66), met: true });
    expect(req(report, 'jizhong', 2019)).toMatchObject({ required: 0, met: true });
    expect(report.years.find((y) => y.year === 2019)?.met).toBe(true);
  });

  it('班主任 training at 省/市/县 goes to 集中研修, citing its sentence; 自主 is refused with a fix', () => {
    const bzr = rec({ endDate: '2019-07-01', form: '集中', level: '县', tags: ['班主任'], hours: 12 });
    const self = rec({ endDate: '2019-07-02', form: '自主', level: '校', hours: 5 });
    const report = computeProgress(policy, [bzr, self], teacher(), '2019-12-31');
    const step = explained(report, bzr.id).steps[0];
    expect(step).toMatchObject({ kind: 'classify', ruleId: 'yj-classify-banzhuren', text: '归入「集中研修」' });
    expect(step?.source).toContain('班主任集中培训项目');
    expect(explained(report, self.id).reason?.code).toBe('UNCLASSIFIED');
  });

  describe('the 2023–2027 cycle (五年一期, from 2018)', () => {
    /** One year as the scheme asks: 集中 24 学时 × 1, 网络 24 学时 × 0.7 = 16.8, 校本 48 学时 × 0.5 = 24 → 64.8. */
    const fullYear = (y: number) => [
      rec({ endDate: `${y}-04-01`, form: '集中', level: '县', hours: 24 }),
      rec({ endDate: `${y}-05-01`, form: '网络', level: '省', hours: 24 }),
      rec({ endDate: `${y}-06-01`, form: '校本', level: '校', hours: 48 }),
    ];

    it('2026 lands in 2023–2027; a 2022 record belongs to the previous cycle', () => {
      const old = rec({ endDate: '2022-11-30', form: '集中', level: '县', hours: 24 });
      const report = computeProgress(policy, [...fullYear(2026), old], teacher(), '2026-12-31');
      expect(report.policyName).toBe('永吉县中小学教师培训学分管理（2023—2027 周期）');
      expect(report.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
      expect(report.cycle).toMatchObject({ startYear: 2023, endYear: 2027, status: 'in-progress' });
      expect(req(report, 'total', 2026)).toMatchObject({ earned: cr('64.8'), required: cr(64), met: true });
      expect(req(report, 'wangluo', 2026).earned).toBe(cr('16.8'));
      expect(explained(report, old.id).reason?.code).toBe('OUT_OF_PERIOD');
      expect(report.years.find((y) => y.year === 2023)?.status).toBe('not-met');
    });

    it('a maternity year (2025) needs 12 校本 only and lowers the cycle: 集中 96, 网络 64, total 268 — met', () => {
      const maternity = rec({ endDate: '2025-06-01', form: '校本', level: '校', hours: 24 }); // 24 × 0.5 = 12
      const records = [...[2023, 2024, 2026, 2027].flatMap(fullYear), maternity];
      const t = teacher({ statuses: [{ status: 'maternity', years: [2025] }] });
      const report = computeProgress(policy, records, t, '2027-12-31');
      const y2025 = report.years.find((y) => y.year === 2025);
      expect(y2025?.adjustments.map((a) => a.ruleId)).toEqual(['yj-status-maternity']);
      expect(req(report, 'total', 2025)).toMatchObject({ earned: cr(12), required: cr(12), met: true });
      expect(req(report, 'jizhong', 2025)).toMatchObject({ earned: 0, required: 0, met: true });
      // cycle sums: 4 × 24 = 96 集中, 4 × 16.8 = 67.2 网络, 4 × 24 + 12 = 108 校本, 4 × 64.8 + 12 = 271.2
      expect(req(report, 'jizhong')).toMatchObject({ earned: cr(96), required: cr(96), met: true });
      expect(req(report, 'wangluo')).toMatchObject({ earned: cr('67.2'), required: cr(64), met: true });
      expect(req(report, 'xiaoben')).toMatchObject({ earned: cr(108), cap: cr(120), cappedOff: 0 });
      expect(req(report, 'total')).toMatchObject({ earned: cr('271.2'), required: cr(268), met: true });
      expect(report.verdict).toMatchObject({ met: true, status: 'met' });
    });

    it('without the maternity status the same records miss 2025 and the cycle (total 271.2 < 320)', () => {
      const records = [...[2023, 2024, 2026, 2027].flatMap(fullYear), rec({ endDate: '2025-06-01', form: '校本', level: '校', hours: 24 })];
      const report = computeProgress(policy, records, teacher(), '2028-01-10', { year: 2027 });
      expect(report.years.find((y) => y.year === 2025)?.status).toBe('not-met');
      expect(req(report, 'total')).toMatchObject({ earned: cr('271.2'), shortfall: cr('48.8'), met: false });
      expect(report.verdict.status).toBe('not-met');
    });
  });
});
