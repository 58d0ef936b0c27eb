import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from './decode-text';
import { readCsv } from './read-csv';

const text = '培训名称,学时\n师德,12\n';

describe('decodeText', () => {
  it('detects UTF-8 with and without BOM, UTF-16 by BOM, and GBK by invalid UTF-8', () => {
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    // 学时 in GBK: D1 A7 CA B1 (not valid UTF-8).
    expect(decodeText(Buffer.from([0xd1, 0xa7, 0xca, 0xb1]))).toEqual({ text: '学时', encoding: 'gb18030' });
  });

  it('decodes the committed GBK example to the same text as the UTF-8 one', () => {
    const gbk = decodeText(readFileSync(join(__dirname, 'examples/tongyu-2026-gbk.csv')));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(readFileSync(join(__dirname, 'examples/tongyu-2026.csv'), 'utf8'));
  });
});

describe('readCsv', () => {
  it('numbers rows as the sheet shows them, keeping blank lines and multi-line cells as one row', () => {
    const result = readCsv(Buffer.from('培训名称,学时\n\n"师德\n专题",12\n网络,6\n'));
    expect(result.ok && result.rows).toEqual([
      { rowNumber: 1, cells: ['培训名称', '学时'] },
      { rowNumber: 2, cells: [''] },
      { rowNumber: 3, cells: ['师德\n专题', '12'] },
      { rowNumber: 4, cells: ['网络', '6'] },
    ]);
  });

  it('reads Excel 「Unicode 文本」 (UTF-16, tab-separated) and semicolon-separated files', () => {
    const utf16 = readCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('培训名称\t学时\r\n师德\t12\r\n', 'utf16le')]));
    expect(utf16.ok && utf16.rows.map((r) => r.cells)).toEqual([['培训名称', '学时'], ['师德', '12']]);
    const semicolons = readCsv(Buffer.from('培训名称;学时\n师德;12\n'));
    expect(semicolons.ok && semicolons.rows.map((r) => r.cells)).toEqual([['培训名称', '学时'], ['师德', '12']]);
  });

  it('explains an unbalanced quote in Chinese', () => {
    const result = readCsv(Buffer.from('培训名称,学时\n师德,1"2\n'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('CSV 文件格式错误（第 2 行附近）') });
  });

  it('names the row where a quote that never closes opened, not the end of the file', () => {
    const result = readCsv(Buffer.from('培训名称,学时\n师德,12\n"网络,6\n专题,3\n讲座,2\n'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^第 3 行：引号没有闭合/) });
    const tabs = readCsv(Buffer.from('培训名称\t学时\n"师德\t12\n'));
    expect(tabs).toEqual({ ok: false, message: expect.stringMatching(/^第 2 行：引号没有闭合/) });
  });
});
