import { cellText, columnLetter, foldText, type Cell, type TableRow } from '../import/cell';
import { rosterRowSchema, type RosterRow } from '../schemas/api/roster';

/** Roster columns and the header words county offices use for them. */
const columns: { key: keyof RosterRow; header: string; aliases: string[]; required?: boolean }[] = [
  { key: 'name', header: '姓名', aliases: ['姓名', '教师姓名', '名字'], required: true },
  { key: 'schoolName', header: '学校', aliases: ['学校', '学校名称', '单位', '工作单位', '所在学校'] },
  { key: 'subject', header: '学科', aliases: ['学科', '任教学科', '学段/学科', '学段学科'] },
  { key: 'phone', header: '手机号', aliases: ['手机号', '手机', '手机号码', '联系电话', '电话'] },
  { key: 'idLast6', header: '身份证后六位', aliases: ['身份证后六位', '身份证后6位', '身份证号后六位'] },
  { key: 'hiredOn', header: '入职日期', aliases: ['入职日期', '入职时间', '参加工作时间'] },
  { key: 'active', header: '在职', aliases: ['在职', '状态', '在职状态'] },
];

/** One sheet row ready for roster.import, with its row number in the file. */
export interface RosterTableRow { sheetRow: number; row: RosterRow }
export interface RosterTableIssue { sheetRow: number | null; message: string }
export interface RosterTable { rows: RosterTableRow[]; issues: RosterTableIssue[] }

const fieldNames: Record<string, string> = Object.fromEntries(columns.map((c) => [c.key, c.header]));

function match(text: string) {
  const f = foldText(text);
  return columns.find((c) => c.aliases.some((a) => foldText(a) === f));
}

function dateText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cellText(cell).replace(/[./年月]/g, '-').replace(/日$/, '').replace(/-(\d)(?=-|$)/g, '-0$1');
}

/**
 * A roster sheet (already read into cells) → rows for roster.import, each
 * checked with the shared row schema, and Chinese messages naming the sheet
 * row (and column) of every problem. The header is the first of the opening
 * rows naming 姓名; blank rows are skipped; a file with any issue imports
 * nothing (the screen shows them all first).
 */
export function readRosterTable(table: readonly TableRow[]): RosterTable {
  const nonBlank = table.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const header = nonBlank.slice(0, 10).find((r) => r.cells.some((c) => match(cellText(c))?.key === 'name'));
  if (!header) {
    return { rows: [], issues: [{ sheetRow: nonBlank[0]?.rowNumber ?? null, message: nonBlank.length === 0 ? '文件里没有任何内容' : '找不到表头：前 10 行里没有「姓名」列。第一行应是列名，例如：姓名、学校、学科、手机号、身份证后六位' }] };
  }
  const at = new Map<keyof RosterRow, number>();
  const issues: RosterTableIssue[] = [];
  header.cells.forEach((c, i) => {
    const col = match(cellText(c));
    if (!col) return;
    if (at.has(col.key)) issues.push({ sheetRow: header.rowNumber, message: `第 ${header.rowNumber} 行第 ${columnLetter(i + 1)} 列「${cellText(c)}」与前面的列重复，只能保留一列` });
    else at.set(col.key, i);
  });
  const rows: RosterTableRow[] = [];
  for (const r of nonBlank.filter((x) => x.rowNumber > header.rowNumber)) {
    const raw: Record<string, unknown> = {};
    for (const [key, i] of at) {
      const cell = r.cells[i];
      const text = key === 'hiredOn' ? dateText(cell) : cellText(cell);
      if (text === '') continue;
      if (key === 'active') raw.active = !/^(否|离职|调出|退休|no|false|0)$/i.test(text);
      else raw[key] = text;
    }
    const parsed = rosterRowSchema.safeParse(raw);
    if (parsed.success) {
      // The file has no 身份 column: send no statuses rather than the schema's default [].
      const { statuses: _none, ...row } = parsed.data;
      rows.push({ sheetRow: r.rowNumber, row });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const col = at.get(key as keyof RosterRow);
      const where = col === undefined ? '' : `第 ${columnLetter(col + 1)} 列`;
      const message = key === 'name' && raw.name === undefined ? '缺少姓名' : issue.message;
      issues.push({ sheetRow: r.rowNumber, message: `第 ${r.rowNumber} 行${where}「${fieldNames[key] ?? key}」：${message}` });
    }
  }
  if (rows.length === 0 && issues.length === 0) issues.push({ sheetRow: header.rowNumber, message: '表头下面没有任何人员' });
  return { rows, issues };
}

/** The server names rows of the list it got ("第 3 行"); say which row of the file that was. */
export function toSheetRows(message: string, rows: readonly RosterTableRow[]): string {
  return message.replace(/第 (\d+) 行/g, (whole, n: string) => {
    const row = rows[Number(n) - 1];
    return row ? `表格第 ${row.sheetRow} 行` : whole;
  });
}

/** The exact words for an old .xls file (Excel 97–2003), which the browser cannot read. */
export const xlsResaveMessage = '这是旧版 Excel 文件（.xls），无法直接读取。请用 Excel 或 WPS 打开它，点「文件 → 另存为」，'
  + '「保存类型」选「Excel 工作簿（*.xlsx）」，保存后再导入新文件；也可以另存为「CSV UTF-8（逗号分隔）（*.csv）」。';
