import { csvRows } from './csv-cells';
import type { TableRow } from '../import/cell';
import { readRosterTable, toSheetRows } from './roster-table';

/** The rows of a CSV that must parse. */
function rows(text: string): TableRow[] {
  const read = csvRows(text);
  if (!read.ok) throw new Error(read.message);
  return read.rows;
}

describe('readRosterTable', () => {
  it('finds the header under a title row, maps aliases, keeps sheet row numbers', () => {
    const t = readRosterTable(rows('\uFEFF通榆县教师名册,,\r\n教师姓名,学校名称,任教学科,手机号码,入职时间\r\n张三,通榆县第一中学,语文,13900000001,2026/8/25\r\n,,,,\r\n李四,通榆县第一中学,"数学",,\r\n'));
    expect(t.issues).toEqual([]);
    expect(t.rows).toEqual([
      { sheetRow: 3, row: { name: '张三', schoolName: '通榆县第一中学', subject: '语文', phone: '13900000001', hiredOn: '2026-08-25' } },
      { sheetRow: 5, row: { name: '李四', schoolName: '通榆县第一中学', subject: '数学' } },
    ]);
  });

  it('names the row and column of every bad cell', () => {
    const t = readRosterTable(rows('姓名,学校,手机号\n王五,一中,12345\n,一中,13900000002\n'));
    expect(t.rows).toEqual([]);
    expect(t.issues.map((i) => i.message)).toEqual([
      '第 2 行第 C 列「手机号」：手机号应为 11 位数字',
      '第 3 行第 A 列「姓名」：缺少姓名',
    ]);
  });

  it('no 姓名 column → one clear message; the server\'s list rows become file rows', () => {
    expect(readRosterTable(rows('名字啊,学校\n')).issues[0]!.message).toMatch(/找不到表头/);
    const t = readRosterTable(rows('标题\n姓名\n甲\n乙\n'));
    expect(toSheetRows('名单有误，未导入任何人：第 2 行：找不到学校「x」', t.rows)).toBe('名单有误，未导入任何人：表格第 4 行：找不到学校「x」');
  });

});
