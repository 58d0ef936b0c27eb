import { asFixed, formatAmount, fromHours, sum, ZERO } from '../credits';
import { scopeStatusLabels, type ProgressReport, type RequirementResult } from '../schemas/progress-report';
import { policyColumns } from './policy-columns';
import { metaLine, type ExportMeta, type PolicyLine, type TeacherRegisterInput } from './register-inputs';
import { amountValue, SheetBuilder } from './sheet-builder';
import { cell, type SheetModel } from './sheet-model';

/** Columns of the card's record table (A4 landscape, widths in characters). */
export const cardColumns = ['序号', '培训项目', '主办单位', '形式', '级别', '起止时间', '学时', '学分', '计入类别', '证书编号', '备注'] as const;
const cardWidths = [6, 30, 20, 7, 7, 23, 8, 8, 16, 16, 18];

export interface CardContext {
  countyName: string;
  schoolName: string;
  year: number;
  policy: PolicyLine;
  meta: ExportMeta;
}

const dash = '—';

function requirementText(r: RequirementResult): string {
  return r.required === null ? dash : formatAmount(r.required, { unit: '' });
}

/** The year's scope of a report (a cycle policy reports every year of its cycle). */
export function yearScope(report: ProgressReport, year: number) {
  return report.years.find((y) => y.year === year) ?? null;
}

/** Records of the card in a fixed order: end date, start date, title, id. */
function orderedRecords(records: TeacherRegisterInput['records']) {
  return [...records].sort((a, b) => (a.input.endDate !== b.input.endDate ? (a.input.endDate < b.input.endDate ? -1 : 1)
    : a.input.startDate !== b.input.startDate ? (a.input.startDate < b.input.startDate ? -1 : 1)
      : a.input.title !== b.input.title ? (a.input.title < b.input.title ? -1 : 1)
        : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * 学分登记卡 of one teacher for one year: header (姓名, 学校, 学段/学科, 年度),
 * one row per approved record of the year with the engine's credits for it,
 * totals per category of the county's policy (required, counted, still short),
 * the verdict, then 学校审核意见 / 审核人 / 日期 / 盖章 and who exported it.
 */
export function buildCardSheet(teacher: TeacherRegisterInput, ctx: CardContext, name: string): SheetModel {
  const b = new SheetBuilder(name, cardWidths, true);
  const w = b.width;
  b.banner(`${ctx.countyName}教师全员培训学分登记卡（${ctx.year} 年度）`, 'title', 30);
  b.spans([['姓名', 1, 'label'], [teacher.name, 2, 'value'], ['学校', 1, 'label'], [ctx.schoolName, 2, 'value'],
    ['学段/学科', 1, 'label'], [teacher.subject ?? '', 2, 'value'], ['年度', 1, 'label'], [ctx.year, 1, 'value']], 22);
  b.spans([['政策', 1, 'label'], [`${ctx.policy.policy.name}（第 ${ctx.policy.version} 版）`, 6, 'value'],
    ['身份', 1, 'label'], [teacher.statusNotes.join('、') || '无', 3, 'value']], 22);
  const header = b.row(cardColumns.map((h) => cell(h, 'header')), 22);
  b.sheet.printTitleRows = [header, header];

  const explained = new Map(teacher.report.records.map((r) => [r.recordId, r]));
  const records = orderedRecords(teacher.records);
  records.forEach((r, i) => {
    const e = explained.get(r.id);
    const reason = e?.reason?.message ?? (e && e.countedInYear !== e.credits ? `计入 ${formatAmount(e.countedInYear, { unit: '' })}（封顶）` : '');
    b.row([
      cell(i + 1, 'center'), cell(r.input.title), cell(r.input.organizer || dash), cell(r.input.form, 'center'), cell(r.input.level, 'center'),
      cell(`${r.input.startDate} 至 ${r.input.endDate}`, 'center'), cell(amountValue(fromHours(r.input.hours)), 'number'),
      cell(e ? amountValue(e.credits) : 0, 'number'), cell(e?.categoryName ?? dash, 'center'), cell(r.input.certificateNo ?? dash, 'center'),
      cell(reason),
    ]);
  });
  if (records.length === 0) b.banner('本年度没有已审核通过的培训记录', 'center');
  const hours = sum(records.map((r) => fromHours(r.input.hours)));
  const credits = sum(records.map((r) => explained.get(r.id)?.credits ?? ZERO));
  b.spans([['合计', 6, 'total'], [amountValue(hours), 1, 'total'], [amountValue(credits), 1, 'total'], [`共 ${records.length} 项`, 3, 'total']]);

  b.blank(8);
  const scope = yearScope(teacher.report, ctx.year);
  b.spans([['按本县政策分类统计（单位：学分）', w, 'section']], 22);
  const sumHeader = b.spans([['类别', 4, 'header'], ['要求', 2, 'header'], ['计入', 2, 'header'], ['尚差', 1, 'header'], ['是否达标', 2, 'header']]);
  void sumHeader;
  if (scope) {
    const byId = new Map(scope.categories.map((c) => [c.id, c]));
    for (const col of policyColumns(ctx.policy.policy)) {
      const r = byId.get(col.id);
      if (!r) continue;
      b.spans([[`${'　'.repeat(col.depth)}${col.name}`, 4, 'text'], [requirementText(r), 2, 'center'], [amountValue(r.earned), 2, 'number'],
        [amountValue(r.shortfall), 1, 'number'], [r.required === null ? dash : r.met ? '是' : '否', 2, 'center']]);
    }
    b.spans([[scope.total.name, 4, 'total'], [requirementText(scope.total), 2, 'total'], [amountValue(scope.total.earned), 2, 'total'],
      [amountValue(scope.total.shortfall), 1, 'total'], [scopeStatusLabels[scope.status], 2, 'total']]);
  } else {
    b.banner(`本政策不按 ${ctx.year} 年度统计`, 'center');
  }
  const cycle = teacher.report.cycle;
  if (cycle) {
    b.spans([[`${cycle.startYear}—${cycle.endYear} 周期累计`, 4, 'text'], [requirementText(cycle.total), 2, 'center'],
      [amountValue(cycle.total.earned), 2, 'number'], [amountValue(cycle.total.shortfall), 1, 'number'], [scopeStatusLabels[cycle.status], 2, 'center']]);
  }
  for (const t of teacher.report.targets.filter((x) => x.year === null || x.year === ctx.year)) {
    const unit = t.measure === 'hours' ? '学时' : t.measure === 'credits' ? '学分' : '项';
    const fmt = (v: number) => (t.measure === 'records' ? `${v}` : formatAmount(asFixed(v), { unit: '' }));
    b.spans([[`${t.name}（${unit}）`, 4, 'text'], [fmt(t.required), 2, 'center'], [fmt(t.achieved), 2, 'center'],
      [t.met ? '0' : fmt(t.required - t.achieved), 1, 'center'], [t.met ? '是' : t.affectsVerdict ? '否' : '否（不影响结论）', 2, 'center']]);
  }
  b.spans([['结论', 2, 'label'], [teacher.report.verdict.summary, w - 2, 'value']], 22);

  b.blank(8);
  const opinion = b.spans([['学校审核意见', 2, 'label'], ['', w - 2, 'sign']], 60);
  void opinion;
  b.spans([['审核人', 2, 'label'], ['', 3, 'sign'], ['日期', 1, 'label'], ['　　年　　月　　日', 2, 'sign'], ['盖章', 1, 'label'], ['', 2, 'sign']], 48);
  b.banner(metaLine(ctx.meta, ctx.policy), 'meta', 30);
  return b.sheet;
}
