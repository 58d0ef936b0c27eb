import { asFixed, divRoundHalfUp, formatAmount } from '../credits';
import { scopeStatusLabels, type Shortfall } from '../schemas/progress-report';
import { yearScope } from './card-model';
import { columnHeader, policyColumns } from './policy-columns';
import { byNameThenId, metaLine, type SchoolRegisterInput, type TeacherRegisterInput } from './register-inputs';
import { amountValue, SheetBuilder } from './sheet-builder';
import { cell, type SheetCell, type SheetModel } from './sheet-model';

/** The 统计表's columns for a policy: fixed ones around one column per category (tree order) and the total. */
export function tableHeaders(policy: SchoolRegisterInput['policy']['policy']): string[] {
  const cols = policyColumns(policy);
  const cycle = policy.period.cycle ? ['周期累计', '周期是否达标'] : [];
  return ['序号', '姓名', '学科', ...cols.map((c) => columnHeader(c, cols, policy)), policy.total.name || '合计', '是否达标', ...cycle, '备注'];
}

const units = { credits: '学分', hours: '学时', topics: '个专题', records: '项' } as const;

/** A shortfall in a few characters for the 备注 column: "专业科目差 30 学分". */
function shortfallNote(s: Shortfall): string {
  const amount = s.kind === 'credits' || s.kind === 'hours' ? formatAmount(asFixed(s.missing), { unit: '' }) : String(s.missing);
  return `${s.name}差 ${amount} ${units[s.kind]}`;
}

/** The figures of one teacher's row, in header order (exported for tests that re-derive them from reports). */
export function teacherRowValues(t: TeacherRegisterInput, index: number, year: number, policy: SchoolRegisterInput['policy']['policy']): (string | number)[] {
  const scope = yearScope(t.report, year);
  const byId = new Map((scope?.categories ?? []).map((c) => [c.id, c]));
  const categories = policyColumns(policy).map((c) => {
    const r = byId.get(c.id);
    return r ? amountValue(r.earned) : '—';
  });
  const cycle = policy.period.cycle
    ? [t.report.cycle ? amountValue(t.report.cycle.total.earned) : '—', t.report.cycle ? scopeStatusLabels[t.report.cycle.status] : '—']
    : [];
  const short = t.report.verdict.shortfalls.filter((s) => s.year === null || s.year === year).map(shortfallNote);
  // Three shortfalls say enough on paper; the card has them all.
  const notes = [...t.statusNotes, ...short.slice(0, 3), ...(short.length > 3 ? [`等 ${short.length} 项未达标`] : [])];
  return [
    index, t.name, t.subject ?? '', ...categories, scope ? amountValue(scope.total.earned) : '—',
    scope ? scopeStatusLabels[scope.status] : '—', ...cycle, notes.join('；'),
  ];
}

function widthsFor(headers: readonly string[]): number[] {
  return headers.map((h, i) => (i === 0 ? 6 : i === 1 ? 10 : i === 2 ? 8 : h === '备注' ? 34 : h === '是否达标' || h === '周期是否达标' ? 10 : Math.max(8, Math.min(14, h.length * 2 + 2))));
}

/**
 * 学分统计表 of one school for one year: header with 学校, 年度, policy and
 * version; one row per teacher (序号, 姓名, 学科, one column per policy
 * category and the total, 是否达标, 备注); a count of who met it; footer
 * 填表人 · 校长签字 · 公章 · 日期 and who exported it.
 */
export function buildSchoolTableSheet(input: SchoolRegisterInput, name: string): SheetModel {
  const policy = input.policy.policy;
  const headers = tableHeaders(policy);
  const b = new SheetBuilder(name, widthsFor(headers), headers.length > 7);
  const w = b.width;
  b.banner(`${input.countyName}教师全员培训学分统计表（${input.year} 年度）`, 'title', 30);
  const third = Math.max(1, Math.floor(w / 3));
  b.spans([[`学校：${input.schoolName}`, third, 'value'], [`年度：${input.year}`, third, 'value'],
    [`政策：${policy.name}（第 ${input.policy.version} 版）`, w - 2 * third, 'value']], 22);
  const header = b.row(headers.map((h) => cell(h, 'header')), 36);
  b.sheet.printTitleRows = [header, header];
  const teachers = [...input.teachers].sort(byNameThenId);
  teachers.forEach((t, i) => {
    const values = teacherRowValues(t, i + 1, input.year, policy);
    b.row(values.map((v, c): SheetCell => cell(v, typeof v === 'number' && c > 0 ? 'number' : c === 0 ? 'center' : c === values.length - 1 ? 'text' : 'center')));
  });
  if (teachers.length === 0) b.banner('本校没有在册教师', 'center');
  const met = teachers.filter((t) => yearScope(t.report, input.year)?.status === 'met').length;
  const rate = teachers.length === 0 ? '—' : `${divRoundHalfUp(met * 100, teachers.length)}%`;
  b.spans([[`共 ${teachers.length} 人，本年度已达标 ${met} 人（${rate}）`, w, 'total']], 22);
  b.blank(8);
  const quarter = Math.max(1, Math.floor(w / 4));
  b.spans([['填表人：', quarter, 'sign'], ['校长签字：', quarter, 'sign'], ['公章：', quarter, 'sign'], ['日期：　　年　　月　　日', w - 3 * quarter, 'sign']], 48);
  b.banner(metaLine(input.meta, input.policy), 'meta', 30);
  return b.sheet;
}
