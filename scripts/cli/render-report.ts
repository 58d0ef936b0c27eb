import { formatAmount } from '../../shared/credits';
import type { Fixed } from '../../shared/credits';
import {
  scopeStatusLabels, type ProgressReport, type RecordExplanation, type RequirementResult, type ScopeReport, type TargetResult,
} from '../../shared/schemas/progress-report';
import { table } from './text-width';

/** Who the report is about and where each record came from, for the header and the record list. */
export interface RenderContext {
  teacherLabel: string;
  statusesLabel?: string;
  /** recordId → 「第 3 行」 / 「第 3 条」. */
  recordOrigin: ReadonlyMap<string, string>;
  /** Only this reporting year (the cycle is still shown). */
  year?: number;
  /** "统计期：…" of the period instance computed over. */
  periodLine?: string;
  /** No records were given: print the requirements, not a verdict. */
  requirementsOnly?: boolean;
}

const credits = (a: number) => formatAmount(a as Fixed);
const verdictWords = { met: '✔ 达标', 'in-progress': '… 尚未达标（仍在统计期内）', 'not-met': '✘ 未达标' } as const;

function requirementText(r: RequirementResult): string {
  const parts: string[] = [];
  if (r.required !== null) parts.push(`≥ ${credits(r.required)}`);
  if (r.cap !== null) parts.push(`≤ ${credits(r.cap)}`);
  return parts.join('，') || '—';
}

function notesOf(r: RequirementResult): string {
  const notes: string[] = [];
  if (r.shortfall > 0) notes.push(`差 ${credits(r.shortfall)}`);
  const goal = (c: { decides: boolean }) => (c.decides ? '' : '（目标）');
  if (r.topics) notes.push(`专题${goal(r.topics)} ${r.topics.count}/${r.topics.required}${r.topics.met ? '' : `，差 ${r.topics.required - r.topics.count} 个`}`);
  if (r.records) notes.push(`记录${goal(r.records)} ${r.records.count}/${r.records.required} 条`);
  if (r.cappedOff > 0) notes.push(`超出上限 ${credits(r.cappedOff)} 不计`);
  if (r.movedIn > 0) notes.push(`由其他类别补入 ${credits(r.movedIn)}`);
  if (r.movedOut > 0) notes.push(`补给其他类别 ${credits(r.movedOut)}`);
  if (r.provisional > 0) notes.push(`含待审 ${credits(r.provisional)}`);
  return notes.join('；');
}

/** Categories depth-first (parent, then its children), keeping the policy's order among siblings. */
function treeOrder(categories: readonly RequirementResult[]): RequirementResult[] {
  const ids = new Set(categories.map((c) => c.id));
  const out: RequirementResult[] = [];
  const visit = (parent: string | null) => {
    for (const c of categories) {
      const p = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
      if (p === parent) {
        out.push(c);
        visit(c.id);
      }
    }
  };
  visit(null);
  return out;
}

const hasRequirement = (r: RequirementResult) => r.required !== null || r.topics?.decides === true || r.records?.decides === true;
const hasLimit = (r: RequirementResult) => hasRequirement(r) || r.cap !== null || r.topics !== null || r.records !== null;

/**
 * One year or the cycle: a table of every requirement with earned / required /
 * met / notes. Rows with neither a limit nor any credit are left out (霍尔果斯
 * sub-categories only have cycle limits; printing them empty every year is noise).
 */
export function renderScope(scope: ScopeReport): string[] {
  const title = scope.scope === 'year' ? `${scope.year ?? scope.startYear} 年度` : `周期 ${scope.startYear}–${scope.endYear} 年`;
  const all = [scope.total, ...treeOrder(scope.categories)];
  if (scope.status === 'upcoming') return [`【${title}】${scopeStatusLabels.upcoming}`];
  // 'untracked': the policy requires nothing here (武定's cycle only adds up the years)
  const open = scope.status !== 'untracked' && !scope.closed ? '（统计期未结束）' : '';
  const state = `${scopeStatusLabels[scope.status]}${open}`;
  const rows: string[][] = [['项目', '已得', '要求', '是否达标', '说明']];
  for (const r of all) {
    const isTotal = r === scope.total;
    if (!isTotal && !hasLimit(r) && r.earned === 0 && r.raw === 0) continue;
    const indent = isTotal ? '' : '  '.repeat(r.depth + 1);
    const mark = hasRequirement(r) ? (r.met ? '达标' : '未达标') : '—';
    rows.push([indent + r.name, credits(r.earned), requirementText(r), mark, notesOf(r)]);
  }
  return [`【${title}】${state}`, ...table(rows, new Set([1]))];
}

function targetLine(t: TargetResult): string {
  const unit = t.measure === 'hours' ? '学时' : t.measure === 'credits' ? '学分' : '条';
  const fmt = (n: number) => (t.measure === 'records' ? `${n} 条` : formatAmount(n as Fixed, { unit }));
  const when = t.scope === 'year' ? `${t.year ?? ''} 年` : t.scope === 'cycle' ? '周期内' : t.window ? `入职后 ${t.window.from} 至 ${t.window.to}` : '入职后';
  const effect = t.affectsVerdict ? '' : '（目标，不影响结论）';
  return `  ${t.met ? '✔' : '✘'} ${t.name}（${when}）：${fmt(t.achieved)} / 要求 ≥ ${fmt(t.required)}${effect}${t.note ? ` ${t.note}` : ''}`;
}

function recordLines(r: RecordExplanation, index: number, origin: string | undefined): string[] {
  const where = origin ? `（${origin}）` : '';
  const head = `  ${index + 1}. ${r.title}${where}`;
  const cat = r.categoryName ? ` · ${r.categoryName}` : '';
  const year = r.year !== null ? ` · ${r.year} 年` : '';
  const lines = r.counted
    ? [`${head}${year}${cat} · ${formatAmount(r.hours as Fixed, { unit: '学时' })} → ${credits(r.credits)}${r.provisional ? '（待审，暂计）' : ''}`]
    : [`${head}${year}${cat} · ${formatAmount(r.hours as Fixed, { unit: '学时' })} → 不计学分：${r.reason?.message ?? '未计入'}`];
  // The reason is already on the head line; its 'exclude' step would repeat it.
  for (const step of r.steps) if (r.counted || step.kind !== 'exclude') lines.push(`       - ${step.text}`);
  if (r.counted && r.countedInYear !== r.credits) lines.push(`       = 计入当年 ${credits(r.countedInYear)}`);
  if (r.reason?.source) lines.push(`       依据：${r.reason.source}`);
  return lines;
}

/** The whole readable report for one teacher. */
export function renderReport(report: ProgressReport, ctx: RenderContext): string {
  const out: string[] = [];
  out.push(`════ ${ctx.teacherLabel} ════`);
  out.push(`政策：${report.policyName}（${report.policyId}，第 ${report.policyVersion} 版）`);
  if (ctx.periodLine) out.push(ctx.periodLine);
  out.push(`核算日期：${report.asOf}${ctx.statusesLabel ? `　教师身份：${ctx.statusesLabel}` : ''}`);
  const { verdict } = report;
  if (!ctx.requirementsOnly) {
    out.push(`记录：共 ${report.counts.records} 条，计入 ${report.counts.counted} 条，不计 ${report.counts.excluded} 条`);
    out.push('');
    // The summary lists at most three shortfalls; print the verdict word and then every one of them.
    out.push(`结论：${verdictWords[verdict.status]}${verdict.shortfalls.length === 0 ? `　${verdict.summary}` : `，还差 ${verdict.shortfalls.length} 项：`}`);
    for (const s of verdict.shortfalls) out.push(`  · ${s.text}`);
    // targets that do not decide 达标 (通榆 专题 counts, 数字化 学时): shown, never deciding
    if (verdict.goals.length > 0) out.push('目标（不影响结论）：', ...verdict.goals.map((g) => `  · ${g.text}`));
  }
  const years = report.years.filter((y) => ctx.year === undefined || y.year === ctx.year);
  for (const scope of [...years, ...(report.cycle ? [report.cycle] : [])]) out.push('', ...renderScope(scope));
  const targets = report.targets.filter((t) => ctx.year === undefined || t.year === null || t.year === ctx.year);
  if (targets.length > 0) out.push('', '【专项目标】', ...targets.map(targetLine));
  const records = report.records.filter((r) => ctx.year === undefined || r.year === null || r.year === ctx.year);
  if (records.length > 0) {
    const only = records.length < report.records.length ? `，只列 ${ctx.year} 年的 ${records.length} 条` : '';
    out.push('', `【逐条说明】（按培训结束日期排列${only}）`);
    records.forEach((r, i) => out.push(...recordLines(r, i, ctx.recordOrigin.get(r.recordId))));
  }
  return out.join('\n');
}
