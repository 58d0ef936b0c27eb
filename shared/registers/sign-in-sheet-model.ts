import type { ExportMeta } from './register-inputs';
import { SheetBuilder } from './sheet-builder';
import { cell, type WorkbookModel } from './sheet-model';

/** One expected teacher on the 签到表, with what the scan (or the organiser's hand) recorded. */
export interface SignInSheetRow {
  name: string;
  schoolName: string;
  subject: string | null;
  /** Beijing HH:mm, or null: not signed in (she signs on paper). */
  signedIn: string | null;
  signedOut: string | null;
  /** 「迟到 12 分钟」, 「手工登记」… shown beside the time. */
  note: string | null;
}

/** A session as its 签到表 states it. */
export interface SignInSheetInput {
  countyName: string;
  title: string;
  /** 县级集中培训 / 校本研修. */
  kindLabel: string;
  /** YYYY-MM-DD (Beijing). */
  date: string;
  /** "09:00—11:30" (Beijing). */
  timeText: string;
  place: string;
  /** 学时, e.g. 3 or 2.5. */
  hours: number;
  organiserName: string;
  /** Who organises: the school, or the county's 教师进修学校 (organizer of the template). */
  organiserUnit: string;
  countsActualHours: boolean;
  assessed: boolean;
  rows: SignInSheetRow[];
  meta: ExportMeta;
}

/** The table's columns (A4 portrait, widths in characters; 签名 wide enough to sign in ink). */
export const signInSheetColumns = ['序号', '姓名', '学校', '学科', '签到时间', '签退时间', '签名'] as const;
const widths = [6, 10, 22, 8, 13, 13, 22];

/** Rows in paper order: school, then name (a teacher finds herself among her colleagues). */
function ordered(rows: readonly SignInSheetRow[]): SignInSheetRow[] {
  return [...rows].sort((a, b) => (a.schoolName !== b.schoolName ? (a.schoolName < b.schoolName ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const timeCell = (time: string | null, note: string | null) => (time ? (note ? `${time}（${note}）` : time) : note ?? '');

/**
 * 签到表 of one session: title 「<session> 签到表」, the session's facts (date, time,
 * place, 学时, organiser), then every expected teacher — signed in by scan or not —
 * with a blank 签名 cell 30 pt high, so teachers without a phone sign on paper. The
 * header row repeats on every printed page; A4 portrait, fit to width.
 */
export function signInSheetWorkbook(input: SignInSheetInput): WorkbookModel {
  const b = new SheetBuilder('签到表', widths, false);
  const w = b.width;
  b.banner(`${input.title} 签到表`, 'title', 34);
  b.spans([['日期', 1, 'label'], [input.date, 2, 'value'], ['时间', 1, 'label'], [input.timeText, 3, 'value']], 22);
  b.spans([['地点', 1, 'label'], [input.place, 2, 'value'], ['学时', 1, 'label'], [`${input.hours} 学时（${input.kindLabel}）`, 3, 'value']], 22);
  b.spans([['组织者', 1, 'label'], [`${input.organiserUnit}　${input.organiserName}`, 6, 'value']], 22);
  const rules = [input.countsActualHours ? '按实际参训时间计学时，须签退' : null, input.assessed ? '经考核合格者计入学时' : null].filter(Boolean);
  if (rules.length > 0) b.banner(`说明：${rules.join('；')}`, 'value', 22);
  const header = b.row(signInSheetColumns.map((h) => cell(h, 'header')), 24);
  b.sheet.printTitleRows = [header, header];
  const rows = ordered(input.rows);
  rows.forEach((r, i) => {
    b.row([cell(i + 1, 'center'), cell(r.name, 'center'), cell(r.schoolName), cell(r.subject ?? '', 'center'),
      cell(timeCell(r.signedIn, r.signedIn ? r.note : null), 'center'), cell(r.signedOut ?? '', 'center'), cell('', 'sign')], 30);
  });
  if (rows.length === 0) b.banner('本场培训没有应到人员', 'center');
  const signed = rows.filter((r) => r.signedIn).length;
  b.spans([[`应到 ${rows.length} 人，扫码或登记签到 ${signed} 人，未签到 ${rows.length - signed} 人（在签名栏手签）`, w, 'total']], 22);
  b.blank(8);
  b.spans([['组织者签字：', 3, 'sign'], ['日期：　　年　　月　　日', 4, 'sign']], 40);
  b.banner(`导出人：${input.meta.exportedByName}　导出时间：${input.meta.exportedAtText}（北京时间）　${input.countyName}　师训学分`, 'meta', 24);
  return {
    sheets: [b.sheet],
    images: [],
    properties: {
      title: `${input.title} 签到表`, subject: '签到表', creator: input.meta.exportedByName, created: input.meta.exportedAt,
      description: `${input.date} ${input.timeText} ${input.place}，应到 ${rows.length} 人`,
    },
  };
}
