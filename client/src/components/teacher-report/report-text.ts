import dayjs from 'dayjs';
import { formatAmount } from '@shared/credits';
import type { PendingCredit } from '@shared/schemas/api/progress';
import type { PolicyDeadline } from '@shared/schemas/policy';
import type { ProgressReport, ScopeReport, TargetResult } from '@shared/schemas/progress-report';
import { scopeStatusLabels } from '@shared/schemas/progress-report';

/**
 * Words of the progress detail (年度 / 周期), pure. Like the card, it only prints the
 * server's integers through formatAmount; grouping records under their category is the
 * only thing it does with the report.
 */

export type ReportTab = 'year' | 'cycle';

/** The year the report speaks of: the one asked, else the year of its "as of" day. */
export function reportYear(report: ProgressReport, asked: number | null): number {
  if (asked !== null) return asked;
  const fromAsOf = dayjs(report.asOf).year();
  return report.years.some((y) => y.year === fromAsOf) ? fromAsOf : report.years[report.years.length - 1]?.year ?? fromAsOf;
}

/** The scope a tab shows (null: the policy has no cycle, or no such year). */
export function scopeOf(report: ProgressReport, tab: ReportTab, year: number): ScopeReport | null {
  return tab === 'cycle' ? report.cycle : report.years.find((y) => y.year === year) ?? null;
}

/** "2026—2030 周期" / "2026 年度", with the scope's status word. */
export function scopeTitle(scope: ScopeReport): string {
  const name = scope.scope === 'cycle' ? `${scope.startYear}—${scope.endYear} 周期` : `${scope.year ?? scope.startYear} 年度`;
  return `${name} · ${scopeStatusLabels[scope.status]}`;
}

/** A record that filled a category, as a line under it. */
export interface FilledBy { recordId: string; title: string; amount: string }

/** Records counted in each category of a scope (approved, after caps), by category id. */
export function recordsByCategory(report: ProgressReport, scope: ScopeReport, unit: string): Map<string, FilledBy[]> {
  const out = new Map<string, FilledBy[]>();
  for (const r of report.records) {
    if (!r.counted || r.categoryId === null) continue;
    const amount = scope.scope === 'cycle' ? r.countedInCycle : r.year === scope.year ? r.countedInYear : null;
    if (amount === null || amount === undefined) continue;
    const list = out.get(r.categoryId) ?? [];
    list.push({ recordId: r.recordId, title: r.title, amount: `+${formatAmount(amount, { unit })}` });
    out.set(r.categoryId, list);
  }
  return out;
}

/** Pending records by category: 「审核通过后 +N」. Those that would count nothing say why. */
export function pendingByCategory(pending: readonly PendingCredit[], unit: string): Map<string, FilledBy[]> {
  const out = new Map<string, FilledBy[]>();
  for (const p of pending) {
    const key = p.categoryId ?? '';
    const list = out.get(key) ?? [];
    list.push({
      recordId: p.recordId,
      title: p.title,
      amount: p.reason ? `审核通过后也不计：${p.reason}` : `审核通过后 +${formatAmount(p.credits, { unit })}`,
    });
    out.set(key, list);
  }
  return out;
}

/** Records of the scope that count nothing, with the engine's reason. */
export function excludedRecords(report: ProgressReport, scope: ScopeReport): Array<{ recordId: string; title: string; reason: string }> {
  return report.records
    .filter((r) => !r.counted && (scope.scope === 'cycle' || r.year === null || r.year === scope.year))
    .map((r) => ({ recordId: r.recordId, title: r.title, reason: r.reason?.message ?? '不计学分' }));
}

/** "12月1日—12月10日", or "12月10日前". */
export function deadlineText(d: PolicyDeadline): string {
  const to = dayjs(d.to).format('M月D日');
  return d.from ? `${dayjs(d.from).format('M月D日')}—${to}` : `${to}前`;
}

/** Deadlines still ahead of (or on) the report's day, soonest first. */
export function upcomingDeadlines(deadlines: readonly PolicyDeadline[], asOf: string): PolicyDeadline[] {
  return deadlines.filter((d) => d.to >= asOf).sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** Targets that belong to a tab: the year's own and after-hire ones, or the cycle's. */
export function tabTargets(report: ProgressReport, tab: ReportTab, year: number): TargetResult[] {
  return report.targets.filter((t) => (tab === 'cycle'
    ? t.scope === 'cycle'
    : (t.scope === 'year' && t.year === year) || t.scope === 'after-hire'));
}
