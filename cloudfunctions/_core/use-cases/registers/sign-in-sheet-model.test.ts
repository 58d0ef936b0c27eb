import ExcelJS from 'exceljs';
import { buildSessionListSheet, signInSheetColumns, signInSheetWorkbook, type SignInSheetInput } from '../../../../shared/registers';
import { exceljsRegisterWriter } from '../../adapters/exceljs/exceljs-register-writer';

const meta = { exportedByName: '王建国', exportedAtText: '2026-12-07 15:00', exportedAt: '2026-12-07T07:00:00.000Z', asOf: '2026-12-07' };
const many = Array.from({ length: 60 }, (_, i) => ({
  name: `教师${String(i).padStart(2, '0')}`, schoolName: i % 2 ? '通榆县第一中学' : '通榆县新华小学', subject: '语文',
  signedIn: i < 40 ? '09:0' + (i % 10) : null, signedOut: null, note: i === 3 ? '迟到 12 分钟' : null,
}));
const input: SignInSheetInput = {
  countyName: '通榆县', title: '大单元教学设计校本研修', kindLabel: '校本研修', date: '2026-12-07', timeText: '14:00—17:00',
  place: '一中三楼会议室', hours: 3, organiserName: '王建国', organiserUnit: '通榆县第一中学', countsActualHours: false, assessed: false,
  rows: many, meta,
};

async function open(model: ReturnType<typeof signInSheetWorkbook>): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exceljsRegisterWriter.write(model)) as unknown as ExcelJS.Buffer);
  return book;
}

describe('签到表 model → xlsx', () => {
  it('A4 portrait fit to width, the title and facts, the header repeated on every page, a tall blank 签名 cell per person', async () => {
    const ws = (await open(signInSheetWorkbook(input))).getWorksheet('签到表')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
    expect(ws.getCell('A1').value).toBe('大单元教学设计校本研修 签到表');
    expect([ws.getCell('B2').value, ws.getCell('E2').value, ws.getCell('B3').value, ws.getCell('E3').value, ws.getCell('B4').value])
      .toEqual(['2026-12-07', '14:00—17:00', '一中三楼会议室', '3 学时（校本研修）', '通榆县第一中学　王建国']);
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([...signInSheetColumns]);
    // Every expected person, school then name; signed ones with their time; 签名 blank, 30 pt high and wide.
    expect([ws.getCell('B6').value, ws.getCell('C6').value]).toEqual(['教师00', '通榆县新华小学']);
    expect([ws.getCell('B36').value, ws.getCell('C36').value]).toEqual(['教师01', '通榆县第一中学']);
    const rows = Array.from({ length: 60 }, (_, i) => ws.getRow(6 + i));
    expect(rows.map((r) => r.getCell(7).value ?? '')).toEqual(Array(60).fill(''));
    expect(rows.every((r) => r.height >= 30)).toBe(true);
    expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.getCell(5).value).length).toBe(40);
    expect(rows.find((r) => r.getCell(2).value === '教师03')!.getCell(5).value).toBe('09:03（迟到 12 分钟）');
    expect(ws.getCell('A66').value).toBe('应到 60 人，扫码或登记签到 40 人，未签到 20 人（在签名栏手签）');
    expect(String(ws.getCell('A69').value)).toContain('导出人：王建国');
  });

  it('says when hours are counted by sign-out or only for those who passed', async () => {
    const ws = (await open(signInSheetWorkbook({ ...input, countsActualHours: true, assessed: true, rows: [] }))).worksheets[0]!;
    expect(ws.getCell('A5').value).toBe('说明：按实际参训时间计学时，须签退；经考核合格者计入学时');
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
    expect(ws.getCell('A7').value).toBe('本场培训没有应到人员');
  });

  it('the session list of a 学分统计表: date order, counts and a total row', () => {
    const sheet = buildSessionListSheet('一中培训签到汇总（2026 年度）', [
      { title: 'B', kindLabel: '校本研修', date: '2026-11-02', hours: 3, expected: 10, signedIn: 9, credited: 9, statusLabel: '已结束' },
      { title: 'A', kindLabel: '县级集中培训', date: '2026-10-12', hours: 6, expected: 4, signedIn: 4, credited: 3, statusLabel: '已结束' },
    ]);
    expect(sheet.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ['一中培训签到汇总（2026 年度）', null, null, null, null, null, null, null, null],
      ['序号', '培训名称', '类型', '日期', '学时', '应到（人）', '签到（人）', '计入学时（人）', '状态'],
      [1, 'A', '县级集中培训', '2026-10-12', 6, 4, 4, 3, '已结束'],
      [2, 'B', '校本研修', '2026-11-02', 3, 10, 9, 9, '已结束'],
      ['合计', '2 场', null, null, null, 14, 13, 12, null],
    ]);
    expect(sheet.printTitleRows).toEqual([2, 2]);
  });
});
