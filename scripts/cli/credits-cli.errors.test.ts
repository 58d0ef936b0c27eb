/**
 * Bad input: every problem reported at once, in Chinese, with the row and the
 * header the administrator typed; exit 2 for a bad file, 1 for a bad call.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { examples, runCli, scratch, writeScratch } from './test-support';

const header = '培训名称,学时,开始日期,结束日期,形式,级别,科目';
const good = '师德培训,12,2026-05-01,2026-05-02,集中,县,公需';
const csv = (...lines: string[]) => writeScratch('records.csv', `\uFEFF${lines.join('\r\n')}\r\n`);
const tongyu = (path: string, ...more: string[]) => runCli('--policy', 'tongyu-2026', '--as-of', '2027-01-01', ...more, path);

describe('a bad records file', () => {
  it('reports a number written in words with row and column, exit 2', async () => {
    const run = await tongyu(csv(header, good, '国培,十二,2026-06-01,2026-06-01,集中,国家,专业'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('记录文件有 1 处错误，未进行计算：\n  第 3 行「学时」：应为数字，实际为「十二」');
  });

  it('reports a bad date and an unknown 形式 with the value as typed', async () => {
    const run = await tongyu(csv(header, '校本,6,2026/13/45,2026-06-01,面谈,校,专业'));
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(1)).toEqual([
      '  第 2 行「开始日期」：应为日期（如 2026-05-01、2026/5/1、2026年5月1日），实际为「2026/13/45」',
      '  第 2 行「形式」：应为 集中、网络、校本、学区、自主、混合 之一，实际为「面谈」',
    ]);
  });

  it('lists every error of every row at once', async () => {
    const run = await tongyu(csv(header, good, ',3,2026-06-01,2026-06-01,网络,县,公需', '讲座,2,2026-07-02,2026-07-01,集中,县,公需', '研修,1.3,2026-07-01,2026-07-01,集中,乡,公需'));
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      '记录文件有 4 处错误，未进行计算：',
      '  第 3 行「培训名称」：不能为空',
      '  第 4 行「结束日期」：结束日期不能早于开始日期，实际为「2026-07-01」',
      '  第 5 行「学时」：学时只能精确到半学时（0.5），实际为「1.3」',
      '  第 5 行「级别」：应为 国家、省、市、县、学区、校 之一，实际为「乡」',
    ]);
  });

  it('names a misspelt header and the required column it leaves missing', async () => {
    const run = await tongyu(csv('培训名称,学使,开始日期,结束日期,形式,级别', '师德,12,2026-05-01,2026-05-01,集中,县'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 1 行（表头）缺少「学时」列（也可写作：学时数、时长、培训学时）');
    expect(run.stderr).toContain('第 1 行「学使」：第 B 列的列名无法识别');
  });

  it('refuses a file without a recognisable header', async () => {
    const run = await tongyu(csv('名字,时间', '张三,3'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到表头：第 1 行的列名 「名字」「时间」 都无法识别');
  });

  it.each([
    ['an empty .csv', 'records.csv', '', '文件是空的'],
    ['a .csv with only blank lines', 'records.csv', '\uFEFF\r\n,,\r\n', '文件里没有任何内容'],
    ['a header without rows', 'records.csv', `${header}\n`, '第 1 行表头下面没有任何记录'],
    ['an empty .xlsx', 'records.xlsx', '', '文件是空的'],
    ['a .xlsx that is not a workbook', 'records.xlsx', 'PK not really a zip', '无法读取这个 Excel 文件'],
    ['broken JSON', 'records.json', '[{"title": "x",', 'JSON 格式错误'],
    ['JSON that is not a list', 'records.json', '{"rows": []}', '内容应为记录数组'],
  ])('refuses %s', async (_what, name, content, message) => {
    const run = await tongyu(writeScratch(name, content));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('reports bad JSON records by position and Chinese field name', async () => {
    const path = writeScratch('records.json', JSON.stringify([
      { title: '师德', hours: 12, startDate: '2026-05-01', endDate: '2026-05-01', form: '集中', level: '县' },
      { title: '国培', hours: '12', startDate: '2026/5/1', endDate: '2026-05-01', form: '面授', level: '县' },
    ]));
    const run = await tongyu(path);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(1)).toEqual([
      '  第 2 条记录「学时」：学时必须是数字',
      '  第 2 条记录「开始日期」：日期格式应为 YYYY-MM-DD',
      '  第 2 条记录「形式」：培训形式不在可选范围内',
    ]);
  });

  it('prints errors as JSON with --json', async () => {
    const run = await tongyu(csv(header, '国培,十二,2026-06-01,2026-06-01,集中,国家,专业'), '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      errors: [{ code: 'IMPORT_NOT_A_NUMBER', row: 2, column: 2, header: '学时', message: '第 2 行「学时」：应为数字，实际为「十二」' }],
    });
  });
});

describe('a bad .xlsx cell', () => {
  async function workbook(rows: ExcelJS.CellValue[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('登记表');
    for (const row of rows) sheet.addRow(row);
    const path = join(scratch(), 'records.xlsx');
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('reports the sheet row of a text cell where a number belongs, below a title row', async () => {
    const path = await workbook([
      ['2026年第一小学教师培训登记表'],
      ['培训名称', '学时', '开始日期', '结束日期', '形式', '级别', '科目'],
      ['师德', 12, new Date(Date.UTC(2026, 4, 1)), new Date(Date.UTC(2026, 4, 1)), '集中', '县', '公需'],
      ['国培', 'abc', new Date(Date.UTC(2026, 5, 1)), new Date(Date.UTC(2026, 5, 1)), '集中', '国家', '专业'],
      ['网络', 6, '下周一', new Date(Date.UTC(2026, 5, 1)), '网络', '省', '专业'],
    ]);
    const run = await tongyu(path);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(1)).toEqual([
      '  第 4 行「学时」：应为数字，实际为「abc」',
      '  第 5 行「开始日期」：应为日期（如 2026-05-01、2026/5/1、2026年5月1日），实际为「下周一」',
    ]);
  });

  it('reports an Excel error cell (#VALUE!) as the value it shows', async () => {
    const path = await workbook([
      ['培训名称', '学时', '开始日期', '结束日期', '形式', '级别'],
      ['师德', { formula: 'A1*2', result: { error: '#VALUE!' } }, '2026-05-01', '2026-05-01', '集中', '县'],
    ]);
    const run = await tongyu(path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 2 行「学时」：应为数字，实际为「#VALUE!」');
  });

  it('reads a formula cell by its result', async () => {
    const path = await workbook([
      ['培训名称', '学时', '开始日期', '结束日期', '形式', '级别', '科目'],
      ['师德', { formula: '6*5', result: 30 }, '2026-05-01', '2026-05-01', '集中', '县', '公需'],
    ]);
    const run = await tongyu(path, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).years[0].categories.find((c: { id: string }) => c.id === 'gongxu').earned).toBe(30 * 100000);
  });
});

describe('a bad call', () => {
  it('lists the valid policy ids for an unknown policy', async () => {
    const run = await runCli('--policy', 'tongyu', join(examples, 'tongyu-2026.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('未知的政策编号「tongyu」');
    for (const id of ['tongyu-2026', 'wuding-2021', 'jianan-2024', 'huoerguosi-2024', 'yongji-2018']) expect(run.stderr).toContain(id);
  });

  it.each([
    [['--policy', 'tongyu-2026', '/nowhere/records.csv'], '找不到文件：/nowhere/records.csv'],
    [['--policy', 'tongyu-2026', '/nowhere/records.xls'], '找不到文件：/nowhere/records.xls'],
    [['--policy', 'tongyu-2026', writeScratch('records.xls', 'old')], '不支持旧版 Excel（.xls）文件'],
    [['--policy', 'tongyu-2026', writeScratch('records.pdf', 'pdf')], '不支持的文件类型「.pdf」'],
    [['--policy', 'tongyu-2026', examples], '这是一个文件夹'],
    [[join(examples, 'tongyu-2026.csv')], '请用 --policy <政策编号> 指定政策'],
    [['--policy', 'tongyu-2026'], '请给出记录文件'],
    [['--policy', 'tongyu-2026', '--as-of', '2026-02-30', 'x.csv'], '--as-of 应为日期 YYYY-MM-DD'],
    [['--policy', 'tongyu-2026', '--year', '26', 'x.csv'], '--year 应为四位年份'],
    [['--policy', 'tongyu-2026', '--status', 'retired', 'x.csv'], '未知的教师身份「retired」'],
    [['--policy', 'tongyu-2026', '--verbose', 'x.csv'], '未知的选项 --verbose'],
  ])('%j', async (argv, message) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });
});

describe('several teachers in one file', () => {
  const sheet = [
    '教师编号,姓名,培训名称,学时,开始日期,形式,级别,科目',
    'T1,甲,师德,30,2026-05-01,集中,县,公需',
    'T2,乙,师德,12,2026-05-01,集中,县,公需',
    'T1,甲,网络课程,10,2026-06-01,网络,省,公需',
  ];

  it('prints one report per teacher, in file order', async () => {
    const run = await runCli('--policy', 'tongyu-2026', '--as-of', '2027-01-01', '--json', csv(...sheet));
    const reports = JSON.parse(run.stdout) as { teacherId: string; years: { categories: { id: string; earned: number }[] }[] }[];
    // 甲: 30 + 10 公需 = 40; 乙: 12.
    expect(reports.map((r) => [r.teacherId, r.years[0]?.categories.find((c) => c.id === 'gongxu')?.earned])).toEqual([['T1', 4000000], ['T2', 1200000]]);
  });

  it('--teacher picks one by 编号 or 姓名', async () => {
    const run = await runCli('--policy', 'tongyu-2026', '--as-of', '2027-01-01', '--teacher', '乙', csv(...sheet));
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('════ 教师：乙（T2） ════');
    const missing = await runCli('--policy', 'tongyu-2026', '--teacher', '丙', csv(...sheet));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('文件里没有教师「丙」。文件里的教师：甲、乙');
  });

  it('refuses a row that names no teacher when the file has several', async () => {
    const run = await runCli('--policy', 'tongyu-2026', csv(...sheet, ',,自学,3,2026-06-01,自主,校,专业'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 5 行：文件里有多名教师，这一行没有写教师编号或姓名');
  });
});

describe('the real command', () => {
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/credits-cli.ts', ...args], { cwd: join(__dirname, '../..'), encoding: 'utf8' });

  it('exits 2 on a bad file without a stack trace, 0 on a good one', () => {
    const bad = cli('--policy', 'tongyu-2026', csv(header, '国培,十二,2026-06-01,2026-06-01,集中,国家,专业'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('第 2 行「学时」：应为数字，实际为「十二」');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const ok = cli('--policy', 'jianan-2024', '--as-of', '2025-01-10', join(examples, 'jianan-2024.csv'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('继续教育岗位培训  56 学分  ≥ 60 学分  未达标    差 4 学分');
  }, 60_000);
});
