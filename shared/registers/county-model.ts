import { divRoundHalfUp } from '../credits';
import { yearScope } from './card-model';
import { metaLine, type ExportMeta, type PolicyLine, type SchoolRegisterInput } from './register-inputs';
import { SheetBuilder } from './sheet-builder';
import type { SessionListRow } from './session-list-model';
import { cell, sheetName, type SheetModel } from './sheet-model';
import { buildSchoolTableSheet } from './table-model';

export interface CountyRegisterInput {
  countyName: string;
  year: number;
  policy: PolicyLine;
  schools: SchoolRegisterInput[];
  meta: ExportMeta;
  /** The county's training sessions of the year (county and school ones); a 培训签到 sheet when any. */
  sessions?: SessionListRow[];
}

/** Columns of the county summary sheet. */
export const countySummaryHeaders = ['序号', '学校', '在册教师（人）', '已达标（人）', '进行中（人）', '未达标（人）', '达标率'] as const;

/**
 * The county-wide 统计表: a 汇总 sheet (one row per school: teachers, met, in
 * progress, not met, rate) followed by each school's 统计表 on its own sheet,
 * schools in name order.
 */
export function buildCountySheets(input: CountyRegisterInput): SheetModel[] {
  const taken = new Set<string>(['全县汇总']);
  const schools = [...input.schools].sort((a, b) => (a.schoolName < b.schoolName ? -1 : a.schoolName > b.schoolName ? 1 : 0));
  const b = new SheetBuilder('全县汇总', [6, 30, 14, 14, 14, 14, 10], false);
  b.banner(`${input.countyName}教师全员培训学分统计汇总表（${input.year} 年度）`, 'title', 30);
  b.banner(`政策：${input.policy.policy.name}（第 ${input.policy.version} 版）　共 ${schools.length} 所学校`, 'value', 22);
  const header = b.row(countySummaryHeaders.map((h) => cell(h, 'header')), 22);
  b.sheet.printTitleRows = [header, header];
  let all = 0, allMet = 0, allProgress = 0, allNot = 0;
  schools.forEach((s, i) => {
    const statuses = s.teachers.map((t) => yearScope(t.report, input.year)?.status);
    const met = statuses.filter((x) => x === 'met').length;
    const progress = statuses.filter((x) => x === 'in-progress' || x === 'upcoming').length;
    const not = statuses.filter((x) => x === 'not-met').length;
    all += s.teachers.length; allMet += met; allProgress += progress; allNot += not;
    b.row([cell(i + 1, 'center'), cell(s.schoolName), cell(s.teachers.length, 'number'), cell(met, 'number'), cell(progress, 'number'),
      cell(not, 'number'), cell(s.teachers.length === 0 ? '—' : `${divRoundHalfUp(met * 100, s.teachers.length)}%`, 'center')]);
  });
  b.row([cell('合计', 'total'), cell(`${schools.length} 所学校`, 'total'), cell(all, 'total'), cell(allMet, 'total'), cell(allProgress, 'total'),
    cell(allNot, 'total'), cell(all === 0 ? '—' : `${divRoundHalfUp(allMet * 100, all)}%`, 'total')]);
  b.blank(8);
  b.spans([['单位负责人：', 2, 'sign'], ['统计负责人：', 2, 'sign'], ['填表人：', 1, 'sign'], ['报出日期：　年　月　日', 2, 'sign']], 48);
  b.banner(metaLine(input.meta, input.policy), 'meta', 30);
  const sheets = [b.sheet];
  for (const s of schools) {
    const name = sheetName(s.schoolName, taken);
    taken.add(name);
    sheets.push(buildSchoolTableSheet(s, name));
  }
  return sheets;
}

/** Meta and policy shared by all schools of a county export. */
export type CountyCommon = { meta: ExportMeta; policy: PolicyLine };
