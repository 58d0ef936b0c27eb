import { csvRows } from './csv-cells';
import { readRosterTable } from './roster-table';

const cellsOf = (text: string) => {
  const read = csvRows(text);
  if (!read.ok) throw new Error(read.message);
  return read.rows.map((r) => [r.rowNumber, r.cells]);
};

describe('csvRows', () => {
  it('keeps quoted commas, doubled quotes and a quoted cell spanning lines as one row', () => {
    expect(cellsOf('a,"b,c","d""e"\n"多\n行",x\nlast,row\n')).toEqual([[1, ['a', 'b,c', 'd"e']], [2, ['多\n行', 'x']], [3, ['last', 'row']]]);
  });

  it('drops a BOM; CRLF, LF and lone CR end rows alike; no phantom row after the last line end', () => {
    const expected = [[1, ['姓名', '学校']], [2, ['张三', '一中']]];
    expect(cellsOf('\uFEFF姓名,学校\r\n张三,一中\r\n')).toEqual(expected);
    expect(cellsOf('姓名,学校\n张三,一中')).toEqual(expected);
    expect(cellsOf('姓名,学校\r张三,一中\r')).toEqual(expected);
  });

  it('counts blank lines as blank rows, so later rows keep the numbers the sheet shows', () => {
    expect(cellsOf('姓名\n\n\r\n张三\n')).toEqual([[1, ['姓名']], [2, ['']], [3, ['']], [4, ['张三']]]);
    const read = csvRows('姓名,手机号\n\n张三,123\n');
    const t = readRosterTable(read.ok ? read.rows : []);
    expect(t.issues.map((i) => i.message)).toEqual(['第 3 行第 B 列「手机号」：手机号应为 11 位数字']);
  });

  it('keeps a stray quote inside an unquoted cell, and text after a closing quote, as text (as Excel does)', () => {
    expect(cellsOf('张"三,一中\n"王五"老师,二中\n')).toEqual([[1, ['张"三', '一中']], [2, ['王五老师', '二中']]]);
  });

  it('refuses a quote that never closes, naming the row it opened on, instead of swallowing the rest of the file', () => {
    const read = csvRows('姓名,学校\n张三,一中\n"李四,二中\n王五,三中\n赵六,四中\n');
    expect(read).toEqual({ ok: false, code: 'CSV_UNCLOSED_QUOTE', rowNumber: 3, message: expect.stringContaining('第 3 行：引号没有闭合') });
    expect(!read.ok && read.message).toContain('这个文件的内容都没有导入');
    // The last cell of a file without a final line end, too.
    expect(csvRows('姓名\n"张三')).toMatchObject({ ok: false, code: 'CSV_UNCLOSED_QUOTE', rowNumber: 2 });
  });

  it('splits on another one-character delimiter (tab, semicolon) the same way', () => {
    const read = csvRows('姓名\t备注\n张三\t"a\tb"\n', '\t');
    expect(read.ok && read.rows.map((r) => r.cells)).toEqual([['姓名', '备注'], ['张三', 'a\tb']]);
  });

  it('names the text line too when a multi-line cell earlier makes rows and lines differ', () => {
    const read = csvRows('姓名,备注\n张三,"两\n行"\n李四,"没闭合\n王五,x\n');
    expect(read).toMatchObject({ ok: false, code: 'CSV_UNCLOSED_QUOTE', rowNumber: 3, message: expect.stringMatching(/^第 3 行（文本的第 4 行）：引号没有闭合/) });
  });
});
