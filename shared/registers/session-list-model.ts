import { SheetBuilder } from './sheet-builder';
import { cell, type SheetModel } from './sheet-model';

/** One training session of the year, with its counts (for the school: its teachers only). */
export interface SessionListRow {
  title: string;
  kindLabel: string;
  date: string;
  hours: number;
  expected: number;
  signedIn: number;
  credited: number;
  statusLabel: string;
}

export const sessionListHeaders = ['序号', '培训名称', '类型', '日期', '学时', '应到（人）', '签到（人）', '计入学时（人）', '状态'] as const;

/**
 * 培训签到 sheet of a 学分统计表: the year's sessions in date order with expected,
 * signed-in and credited counts, so the table shows where the 校本 and 集中 学时 came from.
 */
export function buildSessionListSheet(heading: string, rows: readonly SessionListRow[], name = '培训签到'): SheetModel {
  const b = new SheetBuilder(name, [6, 32, 12, 12, 7, 10, 10, 12, 10], true);
  b.banner(heading, 'title', 30);
  const header = b.row(sessionListHeaders.map((h) => cell(h, 'header')), 24);
  b.sheet.printTitleRows = [header, header];
  const sorted = [...rows].sort((a, b2) => (a.date !== b2.date ? (a.date < b2.date ? -1 : 1) : a.title < b2.title ? -1 : a.title > b2.title ? 1 : 0));
  sorted.forEach((r, i) => {
    b.row([cell(i + 1, 'center'), cell(r.title), cell(r.kindLabel, 'center'), cell(r.date, 'center'), cell(r.hours, 'number'),
      cell(r.expected, 'number'), cell(r.signedIn, 'number'), cell(r.credited, 'number'), cell(r.statusLabel, 'center')]);
  });
  const total = (k: 'expected' | 'signedIn' | 'credited') => sorted.reduce((n, r) => n + r[k], 0);
  b.row([cell('合计', 'total'), cell(`${sorted.length} 场`, 'total'), cell(null, 'total'), cell(null, 'total'), cell(null, 'total'),
    cell(total('expected'), 'total'), cell(total('signedIn'), 'total'), cell(total('credited'), 'total'), cell(null, 'total')]);
  return b.sheet;
}
