/**
 * End-to-end: the CLI on the hand-made example files (scripts/cli/examples),
 * in every format. Expected figures are worked out by hand from the county
 * documents (shared/policies/*.json cite the sentences) in the comments —
 * never by calling the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgressReport } from '../../shared/schemas/progress-report';
import { category, earned, examples, fx, report, runCli, yearOf } from './test-support';

const formats = ['csv', 'xlsx', 'json'] as const;
const file = (policy: string, ext: string) => join(examples, `${policy}.${ext}`);

/** Everything but where records came from (row numbers differ between csv, xlsx and json). */
function figures(r: ProgressReport): unknown {
  return { ...r, records: r.records.map(({ recordId: _id, ...rest }) => rest) };
}

describe.each(formats)('tongyu-2026 example (.%s)', (ext) => {
  // 通榆: 1 学时 = 1 学分; period 2026-04-01..12-31; 优秀学员 +5/4/3/2/1 学时 by level.
  // Counted: 公需 12 + 20 = 32. 集中 8 + (6 + 4 省级优秀) + 4 + 4 = 26 over 4 专题
  // (新课标, 智慧课堂, 班级管理, 心理健康). 校本 12 + 6 + 6 (学区研修) + 8 + 6 = 38 over 5 专题.
  // 自主 10 + 4 = 14 over 2 专题. 专业网络课程 10 → 专业 only. 专业 = 26 + 38 + 14 + 10 = 88.
  // Total 32 + 88 = 120. Not counted: 不合格 (6), ends 2026-03-10 (5), 已退回 (4).
  // 数字化 target (actual hours, no bonus): 20 + 6 + 10 = 36 ≥ 30.
  // 达标 follows the document's own sentence (年度总学分90分为达标; 公需+专业科目达标): the 专题 counts are
  // targets, shown as goals with their gaps, not part of the verdict.
  it('computes the 2026 figures: 达标, with the 专题 gaps shown as goals', async () => {
    const r = await report('--policy', 'tongyu-2026', '--as-of', '2027-01-05', file('tongyu-2026', ext));
    const y = yearOf(r, 2026);
    expect(earned(y, ['total', 'gongxu', 'zhuanye', 'zhuanye-jizhong', 'zhuanye-xiaoben', 'zhuanye-zizhu']))
      .toEqual({ total: 120, gongxu: 32, zhuanye: 88, 'zhuanye-jizhong': 26, 'zhuanye-xiaoben': 38, 'zhuanye-zizhu': 14 });
    expect(category(y, 'zhuanye-jizhong').topics).toEqual({ count: 4, required: 5, met: false, decides: false });
    expect(category(y, 'zhuanye-xiaoben').topics).toEqual({ count: 5, required: 5, met: true, decides: false });
    expect(category(y, 'zhuanye-zizhu').topics).toEqual({ count: 2, required: 3, met: false, decides: false });
    expect(r.counts).toEqual({ records: 17, counted: 14, excluded: 3 });
    expect(r.records.filter((x) => !x.counted).map((x) => [x.title, x.reason?.code]).sort()).toEqual([
      ['家校共育讲座', 'NOT_APPROVED'], ['寒假师德学习', 'OUT_OF_PERIOD'], ['信息技术应用培训', 'FAILED'],
    ].sort());
    expect(r.targets.map((t) => [t.id, t.achieved, t.met])).toEqual([['ty-target-digital', fx(36), true]]);
    expect(r.verdict).toMatchObject({ status: 'met', met: true, shortfalls: [] });
    expect(r.verdict.goals.map((s) => [s.id, s.kind, s.missing])).toEqual([['zhuanye-jizhong', 'topics', 1], ['zhuanye-zizhu', 'topics', 1]]);
  });
});

describe.each(formats)('yongji-2018 example (.%s)', (ext) => {
  // 永吉: 学分 = 学时 × 系数 (校本 0.5, 学区 0.8, 县级集中 1, 国省市集中 县内 1.2 / 县外 1.3, 网络 0.7).
  // 2021 集中: 20×1.3 = 26, 优秀 +20% → 31.2; 8×1; 10×1.2 = 12; 主讲 6×1 = 6; 市级班主任 6 学时 has no
  // 结业证书 → 0. 集中 = 31.2 + 8 + 12 + 6 = 57.2. 网络 30×0.7 = 21. 校本 40×0.5 = 20 and
  // 学区 20×0.8 = 16 → 36, capped at 24 (12 cut from the later record). Total 57.2 + 21 + 24 = 102.2 ≥ 64.
  // 2022: 集中 30, 网络 7, 校本 5. 集中's excess over 24 (6, 县级) fills 网络: 集中 24, 网络 13 (short 3);
  // total 42 (short 22). Cycle sums the capped years: 集中 87.2 (short 32.8), 网络 28 (short 52),
  // 校本 24 + 5 = 29, total 144.2 (short 175.8); 2018–2020 have nothing.
  it('applies coefficients, the 20 % bonus, the 校本 cap and the 集中→网络 substitution', async () => {
    const r = await report('--policy', 'yongji-2018', '--as-of', '2023-01-10', file('yongji-2018', ext));
    expect(r.teacherId).toBe('YJ-017');
    const y2021 = yearOf(r, 2021);
    expect(earned(y2021, ['total', 'jizhong', 'wangluo', 'xiaoben'])).toEqual({ total: 102.2, jizhong: 57.2, wangluo: 21, xiaoben: 24 });
    expect(category(y2021, 'xiaoben').cappedOff).toBe(fx(12));
    expect(y2021.status).toBe('met');
    const y2022 = yearOf(r, 2022);
    expect(earned(y2022, ['total', 'jizhong', 'wangluo', 'xiaoben'])).toEqual({ total: 42, jizhong: 24, wangluo: 13, xiaoben: 5 });
    expect([category(y2022, 'jizhong').movedOut, category(y2022, 'wangluo').movedIn, category(y2022, 'wangluo').shortfall])
      .toEqual([fx(6), fx(6), fx(3)]);
    expect(earned(r.cycle, ['total', 'jizhong', 'wangluo', 'xiaoben'])).toEqual({ total: 144.2, jizhong: 87.2, wangluo: 28, xiaoben: 29 });
    expect(category(r.cycle, 'total').shortfall).toBe(fx(175.8));
    const excellent = r.records.find((x) => x.title === '国培计划送教培训');
    expect(excellent?.credits).toBe(fx(31.2));
    expect(r.records.find((x) => x.title === '市级班主任培训')?.reason?.code).toBe('NO_CERTIFICATE');
    expect(r.records.find((x) => x.title === '学区联片教研')?.countedInYear).toBe(fx(4));
    expect(r.verdict.status).toBe('not-met');
  });

  // 产假/哺乳期 in 2022: 集中 and 网络 waived, 校本 ≥ 12 and total ≥ 12 that year. 2022 has 校本 5 → short 7,
  // total 42 ≥ 12. The cycle loses what the year was let off: 集中 120 − 24 = 96, 网络 80 − 16 = 64,
  // total 320 − (64 − 12) = 268 → short 268 − 144.2 = 123.8.
  it('honours --status maternity:2022', async () => {
    const r = await report('--policy', 'yongji-2018', '--as-of', '2023-01-10', '--status', 'maternity:2022', file('yongji-2018', ext));
    const y2022 = yearOf(r, 2022);
    expect([category(y2022, 'jizhong').required, category(y2022, 'wangluo').required, category(y2022, 'xiaoben').required, y2022.total.required])
      .toEqual([fx(0), fx(0), fx(12), fx(12)]);
    expect(category(y2022, 'xiaoben').shortfall).toBe(fx(7));
    expect(y2022.total.met).toBe(true);
    expect([category(r.cycle, 'jizhong').required, category(r.cycle, 'wangluo').required, r.cycle?.total.required]).toEqual([fx(96), fx(64), fx(268)]);
    expect(r.cycle?.total.shortfall).toBe(fx(123.8));
    // The other years keep the ordinary requirement.
    expect(yearOf(r, 2021).total.required).toBe(fx(64));
  });
});

describe.each(formats)('huoerguosi-2024 example (.%s)', (ext) => {
  // 霍尔果斯: 集中 4 学时 = 1 学分, 网络/校本 5 学时 = 1 学分; 良好/优秀 +10/15 % (自治区级+), +5/10 % (州、县市级);
  // 主讲 +1 倍 (州/市级). 2024: 自治区 24/4 = 6, 优秀 +0.9 → 6.9 (州级专业课); 州级公共课 8/4 = 2;
  // 县市级专业 10/4 = 2.5, 良好 +0.125 → 2.625; 数字素养 15/5 = 3; 适岗 40/4 = 10 (县市级专业);
  // 主讲 8/4 = 2, +2 → 4 (县市级专业); 选修 6/4 = 1.5; 校本 25/5 = 5. 岗前培训 excluded; 不合格 excluded.
  // 必修 = 6.9 + 2 + 2.625 + 3 + 10 + 4 = 28.525. 2024: 选修 short 0.5 ← 必修 excess → 必修 28.025, 选修 2;
  // total 35.025 ≥ 18. Cycle: 州级 8.9, 县市级 16.625, 数字素养 3, 选修 1.5, 校本 5, total 35.025.
  // 适岗 (new teacher hired 2024-09-01, 12 months): 10 of 30 学分.
  it('converts, rewards, offsets 必修 into 选修, and tracks the 适岗 target', async () => {
    const args = ext === 'json' ? [] : ['--status', 'new-teacher', '--hired-on', '2024-09-01'];
    const r = await report('--policy', 'huoerguosi-2024', '--as-of', '2025-01-15', ...args, file('huoerguosi-2024', ext));
    const y = yearOf(r, 2024);
    expect(earned(y, ['total', 'bixiu', 'xuanxiu', 'xiaoben'])).toEqual({ total: 35.025, bixiu: 28.025, xuanxiu: 2, xiaoben: 5 });
    expect(y.status).toBe('met');
    expect(earned(r.cycle, ['total', 'bixiu', 'bixiu-zhou', 'bixiu-zhou-gonggong', 'bixiu-zhou-zhuanye', 'bixiu-xian', 'bixiu-xian-zhuanye', 'bixiu-shuzi', 'xuanxiu', 'xiaoben']))
      .toEqual({
        total: 35.025, bixiu: 28.525, 'bixiu-zhou': 8.9, 'bixiu-zhou-gonggong': 2, 'bixiu-zhou-zhuanye': 6.9, 'bixiu-xian': 16.625,
        'bixiu-xian-zhuanye': 16.625, 'bixiu-shuzi': 3, xuanxiu: 1.5, xiaoben: 5,
      });
    expect(r.records.filter((x) => !x.counted).map((x) => x.reason?.code).sort()).toEqual(['EXCLUDED_BY_RULE', 'FAILED']);
    expect(r.records.find((x) => x.title === '县市级培训主讲')?.credits).toBe(fx(4));
    expect(r.targets.map((t) => [t.id, t.achieved, t.required, t.met, t.window])).toEqual([
      ['hgs-target-shigang', fx(10), fx(30), false, { from: '2024-09-01', to: '2025-08-31' }],
    ]);
    expect(r.verdict.status).toBe('in-progress');
  });
});

describe.each(formats)('wuding-2021 example (.%s)', (ext) => {
  // 武定: the year's 全员培训 (混合 / 标签 全员培训) must pass both parts (≥ 60 each, 60 %/40 % composite shown)
  // and carry the 合格证书; 1 学时 = 1 学分. 2021: 全员培训 50 (85/78, certificate) + 送教下乡 12 (集中) +
  // 网络研修 20 (其他) = 82. 2022: 全员培训 fails offline (55) → 0; 校本 30 → 其他. 2023: 全员培训 has no
  // certificate → 0. Years 2022 and 2023 lack their one passed 全员培训.
  it('requires a passed, certified 全员培训 every year', async () => {
    const r = await report('--policy', 'wuding-2021', '--as-of', '2024-01-10', file('wuding-2021', ext));
    expect(earned(yearOf(r, 2021), ['total', 'quanyuan', 'jizhong', 'qita'])).toEqual({ total: 82, quanyuan: 50, jizhong: 12, qita: 20 });
    expect(yearOf(r, 2021).status).toBe('met');
    expect(earned(yearOf(r, 2022), ['total', 'quanyuan', 'qita'])).toEqual({ total: 30, quanyuan: 0, qita: 30 });
    expect(r.years.map((y) => category(y, 'quanyuan').records)).toEqual([
      { count: 1, required: 1, met: true, decides: true }, { count: 0, required: 1, met: false, decides: true }, { count: 0, required: 1, met: false, decides: true },
    ]);
    expect(r.records.filter((x) => !x.counted).map((x) => [x.year, x.reason?.code])).toEqual([[2022, 'COMPOSITE_FAILED'], [2023, 'NO_CERTIFICATE']]);
    expect(r.verdict.status).toBe('not-met');
    // the three-year cycle only adds the years up: it is shown, requires nothing, and is not in the verdict
    expect(r.cycle).toMatchObject({ status: 'untracked', hasRequirements: false });
    expect(r.verdict.shortfalls.map((s) => s.scope)).toEqual(['year', 'year']);
  });

  it('prints the cycle as 只统计，不设要求', async () => {
    const run = await runCli('--policy', 'wuding-2021', '--as-of', '2024-01-10', file('wuding-2021', ext));
    expect(run.stdout.split('\n')).toContain('【周期 2021–2023 年】只统计，不设要求');
  });
});

describe.each(formats)('jianan-2024 example (.%s)', (ext) => {
  // 建安: only 岗位培训 (project JA2024-14 or tag 岗位培训) counts toward 60 学时: 40 + 16 = 56 → short 4.
  // 区级项目 JA2024-01/07: 24 + 10 = 34; 校本 8 → 其他; JA2024-08 不合格 → 0; 2023-12-20 → outside 2024.
  it('counts 岗位培训 toward the 60 学时 and the rest as registered hours', async () => {
    const r = await report('--policy', 'jianan-2024', '--as-of', '2025-01-10', file('jianan-2024', ext));
    expect(earned(yearOf(r, 2024), ['total', 'gangwei', 'xiangmu', 'qita'])).toEqual({ total: 98, gangwei: 56, xiangmu: 34, qita: 8 });
    expect(category(yearOf(r, 2024), 'gangwei').shortfall).toBe(fx(4));
    expect(r.verdict.shortfalls.map((s) => [s.id, s.missing])).toEqual([['gangwei', fx(4)]]);
    expect(r.counts).toEqual({ records: 7, counted: 5, excluded: 2 });
  });
});

describe('the same records in every format give the same report', () => {
  it.each(['tongyu-2026', 'yongji-2018', 'wuding-2021', 'jianan-2024'])('%s', async (policy) => {
    const [csv, xlsx, json] = await Promise.all(formats.map((ext) =>
      report('--policy', policy, '--as-of', '2029-01-01', file(policy, ext))));
    expect(figures(xlsx as ProgressReport)).toEqual(figures(csv as ProgressReport));
    expect(figures(json as ProgressReport)).toEqual(figures(csv as ProgressReport));
  });

  it('huoerguosi-2024 (statuses from the command line for csv/xlsx, from the JSON file\'s teacher object)', async () => {
    const flags = ['--status', 'new-teacher', '--hired-on', '2024-09-01'];
    const [csv, xlsx, json] = await Promise.all(formats.map((ext) =>
      report('--policy', 'huoerguosi-2024', '--as-of', '2029-01-01', ...(ext === 'json' ? [] : flags), file('huoerguosi-2024', ext))));
    expect(figures(xlsx as ProgressReport)).toEqual(figures(csv as ProgressReport));
    expect(figures(json as ProgressReport)).toEqual(figures(csv as ProgressReport));
  });

  it('reads the GBK-encoded CSV (Excel on Chinese Windows) exactly like the UTF-8 one', async () => {
    const bytes = readFileSync(join(examples, 'tongyu-2026-gbk.csv'));
    // Really GBK: 王丽 is CD F5 C0 F6 there (E7 8E 8B E4 B8 BD in UTF-8).
    expect(bytes.includes(Buffer.from([0xcd, 0xf5, 0xc0, 0xf6]))).toBe(true);
    const gbk = await runCli('--policy', 'tongyu-2026', '--as-of', '2027-01-05', join(examples, 'tongyu-2026-gbk.csv'));
    const utf8 = await runCli('--policy', 'tongyu-2026', '--as-of', '2027-01-05', file('tongyu-2026', 'csv'));
    expect(gbk.code).toBe(0);
    expect(gbk.stdout).toBe(utf8.stdout.replace('tongyu-2026.csv', 'tongyu-2026-gbk.csv'));
  });
});

describe('the readable report', () => {
  it('prints header, verdict, per-scope table and every record with its explanation chain', async () => {
    const run = await runCli('--policy', 'yongji-2018', '--as-of', '2023-01-10', '--year', '2021', file('yongji-2018', 'xlsx'));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('════ 教师：李明（YJ-017） ════');
    expect(lines).toContain('核算日期：2023-01-10');
    expect(lines).toContain('  · 2022 年度「网络研修」还差 3 学分');
    expect(lines).toContain('【2021 年度】已达标');
    expect(lines.some((l) => /^ {2}学分累计 +102\.2 学分 +≥ 64 学分 +达标/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {4}校本研修 +24 学分 +≤ 24 学分 +— +超出上限 12 学分 不计$/.test(l))).toBe(true);
    // --year 2021 hides the other years' tables but keeps the cycle.
    expect(lines).not.toContain('【2022 年度】未达标');
    expect(lines.some((l) => l.startsWith('【周期 2018–2022 年】'))).toBe(true);
    // The xlsx has a title row and a blank row above the header: the first record is on sheet row 4.
    expect(run.stdout).toContain('国培计划送教培训（第 4 行） · 2021 年 · 集中研修 · 20 学时 → 31.2 学分');
    expect(run.stdout).toContain('       - 20 学时 × 1.3 = 26 学分\n       - 优秀学员 +20%：26 + 5.2 = 31.2 学分');
    expect(run.stdout).toContain('市级班主任培训（第 7 行） · 2021 年 · 集中研修 · 6 学时 → 不计学分：没有结业证书');
  });
});
