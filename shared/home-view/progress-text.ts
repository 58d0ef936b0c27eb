import dayjs from 'dayjs';
import { asFixed, formatAmount, type Fixed } from '../credits';
import type { ProgressReport, RequirementResult, ScopeReport, TargetResult } from '../schemas/progress-report';

/**
 * Display text for the 本年度进度 card, from the engine's report. Pure (tested without a
 * renderer). Figures are formatted with the shared `formatAmount` — the client never
 * does arithmetic on amounts, it only prints what the server computed.
 */

/**
 * Unit of category and total figures. The engine books every requirement in 学分 after
 * the policy's conversion (its shortfalls of requirements are kind 'credits'); 学时 only
 * appear where a field says so (targets with measure 'hours'). 通榆: 1 学时 = 1 学分.
 */
export const REQUIREMENT_UNIT = '学分';

const plain = (a: Fixed) => formatAmount(a, { unit: '' });

/** A status string carried by a scope or line, if any (tolerates fields added later). */
export function statusOf(x: object): string | undefined {
  return 'status' in x && typeof x.status === 'string' ? x.status : undefined;
}

/**
 * Short note for statuses that change how a scope or line reads. Statuses this client does
 * not know yet (added to the schema later) get no note instead of breaking the card.
 */
const statusNotes: Partial<Record<string, string>> = {
  upcoming: '尚未开始',
  untracked: '只统计，不设要求',
};
export const statusNote = (status: string | undefined): string | null => (status ? statusNotes[status] ?? null : null);

/** One requirement line (total or category) as shown. */
export interface LineView {
  id: string;
  name: string;
  /** 0 for top-level lines; children are indented by depth. */
  depth: number;
  isTotal: boolean;
  /** "14 / 90 学分", or "已计 14 学分" when nothing is required. */
  figure: string;
  /** Bar width 0–100 (the engine's own percent); null = no bar (nothing required). */
  percent: number | null;
  met: boolean;
  /** "还差 76 学分"; null when met or nothing is required. */
  shortfall: string | null;
  /** "专题 1 / 5 个" where the policy counts 专题. */
  topics: string | null;
  /** "还差 4 个专题". */
  topicsShortfall: string | null;
  /** "合格记录 0 / 1 项" where the policy counts records. */
  records: string | null;
  recordsShortfall: string | null;
  /** "含待审核 4 学分" when part of `earned` is provisional. */
  provisional: string | null;
  /** Status note (e.g. 只统计，不设要求). */
  note: string | null;
}

/**
 * Builds one line; `required === null` or an untracked status means "counted, no minimum".
 * `unit` is the policy's wording (progress.mine `unit`: 学时 only where 1 学时 = 1 学分).
 */
export function lineView(r: RequirementResult, isTotal = false, unit: string = REQUIREMENT_UNIT): LineView {
  const note = statusNote(statusOf(r));
  const tracked = r.required !== null && statusOf(r) !== 'untracked';
  const topicsShort = r.topics && !r.topics.met ? r.topics.required - r.topics.count : 0;
  const recordsShort = r.records && !r.records.met ? r.records.required - r.records.count : 0;
  return {
    id: r.id,
    name: r.name,
    depth: isTotal ? 0 : r.depth,
    isTotal,
    figure: tracked && r.required !== null
      ? `${plain(r.earned)} / ${formatAmount(r.required, { unit })}`
      : `已计 ${formatAmount(r.earned, { unit })}`,
    percent: tracked ? r.percent : null,
    met: r.met,
    shortfall: tracked && r.shortfall > 0 ? `还差 ${formatAmount(r.shortfall, { unit })}` : null,
    topics: r.topics ? `专题 ${r.topics.count} / ${r.topics.required} 个` : null,
    topicsShortfall: topicsShort > 0 ? `还差 ${topicsShort} 个专题` : null,
    records: r.records ? `合格记录 ${r.records.count} / ${r.records.required} 项` : null,
    recordsShortfall: recordsShort > 0 ? `还差 ${recordsShort} 项合格记录` : null,
    provisional: r.provisional > 0 ? `含待审核 ${formatAmount(r.provisional, { unit })}` : null,
    note,
  };
}

/** Categories in tree order (each parent followed by its children), whatever order they came in. */
export function treeOrder(categories: readonly RequirementResult[]): RequirementResult[] {
  const ids = new Set(categories.map((c) => c.id));
  const out: RequirementResult[] = [];
  const seen = new Set<string>();
  const visit = (c: RequirementResult) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push(c);
    for (const child of categories) if (child.parentId === c.id) visit(child);
  };
  for (const c of categories) if (c.parentId === null || !ids.has(c.parentId)) visit(c);
  for (const c of categories) visit(c); // a loop without a root must still be shown
  return out;
}

/** The total first, then every category of the scope in tree order. */
export function scopeLines(scope: ScopeReport, unit: string = REQUIREMENT_UNIT): LineView[] {
  return [lineView(scope.total, true, unit), ...treeOrder(scope.categories).map((c) => lineView(c, false, unit))];
}

/** The big line: 已达标 / 还差 N 项 (N = what the verdict lists as missing). */
export function verdictText(verdict: ProgressReport['verdict']): string {
  if (verdict.met) return '已达标';
  const n = verdict.shortfalls.length;
  if (n === 0) return verdict.status === 'not-met' ? '未达标' : '尚未达标';
  return verdict.status === 'not-met' ? `未达标，还差 ${n} 项` : `还差 ${n} 项`;
}

const targetAmount = (t: TargetResult, n: number): string =>
  t.measure === 'records' ? `${n} 项` : formatAmount(asFixed(n), { unit: t.measure === 'hours' ? '学时' : '学分' });

/** A target (数字化 ≥ 30 学时) as a line; its unit is the target's own measure. */
export function targetLine(t: TargetResult): LineView {
  const missing = Math.max(0, t.required - t.achieved);
  const achieved = t.measure === 'records' ? String(t.achieved) : formatAmount(asFixed(t.achieved), { unit: '' });
  return {
    id: t.id, name: t.name, depth: 0, isTotal: false,
    figure: `${achieved} / ${targetAmount(t, t.required)}`,
    // Same rule as the engine's requirement percent: floor, capped at 100.
    percent: t.required > 0 ? Math.floor((Math.min(t.achieved, t.required) * 100) / t.required) : 100,
    met: t.met,
    shortfall: t.met ? null : t.note ?? `还差 ${targetAmount(t, missing)}`,
    topics: null, topicsShortfall: null, records: null, recordsShortfall: null, provisional: null,
    note: t.affectsVerdict ? null : '参考目标，不影响达标',
  };
}

/** Targets that concern this year: the year's own and those counted from the hire date. */
export function yearTargets(report: ProgressReport, year: number): TargetResult[] {
  return report.targets.filter((t) => (t.scope === 'year' && t.year === year) || t.scope === 'after-hire');
}

/** "2026年11月22日" from the report's asOf (YYYY-MM-DD). */
export const asOfText = (asOf: string): string => dayjs(asOf).format('YYYY年M月D日');
