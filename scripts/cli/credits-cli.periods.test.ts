/**
 * The CLI over recurring periods and its source paragraphs: 永吉's five-year
 * cycles repeat from 2018, so 2026 is reported under 2023–2027 without a new
 * policy file; --paragraphs prints the document around each cited sentence.
 */
import { runCli, writeScratch, yearOf, category, report, fx } from './test-support';

const header = '教师编号,姓名,培训名称,学时数,起止日期,培训形式,培训级别,县内外,获奖,角色,有证书,证书编号,标签,备注';
const csv = (...lines: string[]) => writeScratch('yongji-recent.csv', `\uFEFF${lines.join('\r\n')}\r\n`);

describe('永吉 after 2022 (recurring five-year cycles)', () => {
  it('--year 2026 without a file lists 2026 under the 2023–2027 cycle', async () => {
    const run = await runCli('--policy', 'yongji-2018', '--year', '2026', '--as-of', '2026-12-01');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('════ 2026 年度要求（未给记录文件） ════');
    expect(lines).toContain('统计期：2023-01-01 至 2027-12-31（2023—2027 五年周期；自 2018 年起每 5 年一期）');
    expect(lines).toContain('【2026 年度】进行中（统计期未结束）');
    expect(lines).toContain('【周期 2023–2027 年】进行中（统计期未结束）');
    expect(run.stdout).not.toContain('结论');
    expect(run.stdout).toMatch(/学分累计\s+0 学分\s+≥ 64 学分/);
    expect(run.stdout).toMatch(/学分累计\s+0 学分\s+≥ 320 学分/);
  });

  it('records of 2025 and 2026 land in their years of the 2023–2027 cycle (no --year needed)', async () => {
    const file = csv(
      header,
      'YJ-101,王芳,县级暑期集中培训,24,2025-07-10,集中培训,县级,县内,,学员,是,YJ2025-1,,',
      'YJ-101,王芳,网络研修,30,2025-10-01,网络培训,省级,县内,,学员,是,,,',
      'YJ-101,王芳,校本研修,40,2026-06-01,校本研修,校级,县内,,学员,是,,,',
    );
    const r = await report('--policy', 'yongji-2018', '--as-of', '2026-12-01', file);
    expect(r.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(category(yearOf(r, 2025), 'jizhong').earned).toBe(fx(24));
    expect(category(yearOf(r, 2025), 'wangluo').earned).toBe(fx(21));
    expect(category(yearOf(r, 2026), 'xiaoben').earned).toBe(fx(20));
    expect(r.cycle).toMatchObject({ startYear: 2023, endYear: 2027, status: 'in-progress' });
    expect(r.counts).toEqual({ records: 3, counted: 3, excluded: 0 });
  });

  it('a year no period covers is refused with exit 1', async () => {
    const early = await runCli('--policy', 'yongji-2018', '--year', '2017');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('不含 2017 年：适用于 2018–2022 年，此后每 5 年一期');
    const tongyu = await runCli('--policy', 'tongyu-2026', '--year', '2027');
    expect(tongyu.code).toBe(1);
    expect(tongyu.stderr).toContain('不含 2027 年：适用于 2026 年');
  });
});

describe('--paragraphs', () => {
  it('prints the paragraph and line numbers of the document around each cited sentence', async () => {
    const run = await runCli('--policy', 'tongyu-2026', '--year', '2026', '--as-of', '2026-12-01', '--paragraphs');
    expect(run.code).toBe(0);
    const tail = run.stdout.slice(run.stdout.indexOf('【原文段落】'));
    expect(tail).toContain('【原文段落】《2026年通榆县中小学（幼儿园）教师全员培训实施方案》（shared/policies/sources/tongyu-2026.txt）');
    expect(tail).toContain('引用：1学时=1学分，学分上不封顶');
    expect(tail).toContain('     第 57 行：\n       各校（园）自主安排培训内容。');
    expect(tail).not.toContain('原文中没有找到');
  });
});
