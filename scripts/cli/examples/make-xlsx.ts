/**
 * Regenerates the .xlsx examples from the hand-written .csv examples next to
 * this file: `npx tsx scripts/cli/examples/make-xlsx.ts`. The workbook is
 * what a school office would send: a merged title row above the header, real
 * Excel date cells and number cells (not text), so the XLSX path of the CLI is
 * exercised with the cell types Excel actually produces. The generated files
 * are committed; tests read them as inputs. Regenerating changes only the zip
 * entries' timestamps, not the sheet contents.
 *
 * The GBK example (tongyu-2026-gbk.csv, Excel's default 「CSV」 on Chinese
 * Windows) was made once with: iconv -f UTF-8 -t GBK tongyu-2026.csv > tongyu-2026-gbk.csv
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { matchHeader } from '../../../shared/import';

const dir = __dirname;
/** A column holding dates, whichever alias the example uses (开始时间, 培训日期 …). */
function isDateColumn(header: string): boolean {
  const match = matchHeader(header);
  return typeof match === 'object' && ['startDate', 'endDate', 'dates'].includes(match.key);
}

function toDate(text: string): Date | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

async function convert(csvName: string): Promise<void> {
  const rows = parse(readFileSync(join(dir, csvName), 'utf8'), { bom: true }) as string[][];
  const [header = [], ...data] = rows;
  const workbook = new ExcelJS.Workbook();
  // Fixed timestamps so regenerating gives the same workbook metadata.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('学分登记');
  const name = data[0]?.[header.indexOf('姓名')] ?? '';
  sheet.addRow([`教师培训学分登记表${name ? `（${name}）` : ''}`]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of data) {
    const cells = row.map((text, i) => {
      const column = header[i] ?? '';
      const date = isDateColumn(column) ? toDate(text) : undefined;
      if (date) return date;
      if (/^\d+(\.\d+)?$/.test(text) && !['证书编号', '项目编号', '教师编号'].includes(column)) return Number(text);
      return text === '' ? null : text;
    });
    const added = sheet.addRow(cells);
    header.forEach((column, i) => {
      const cell = added.getCell(i + 1);
      if (isDateColumn(column) && cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  sheet.columns.forEach((col) => { col.width = 14; });
  const out = join(dir, csvName.replace(/\.csv$/, '.xlsx'));
  await workbook.xlsx.writeFile(out);
  console.log(`写出 ${out}（${data.length} 行记录）`);
}

async function run(): Promise<void> {
  const sources = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.includes('-gbk') && !f.startsWith('bad-'));
  for (const f of sources) await convert(f);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
