import dayjs from 'dayjs';
import type { ProgressReport, ScopeReport } from '../../../../../shared/schemas/progress-report';
import { BEHIND_MARGIN, type Standing, type TeacherSummaryDoc } from '../../../../../shared/schemas/domain/teacher-summary';

/** The scope a year's list is judged on: the year's own, else the cycle (a cycle-only policy). */
export function scopeForYear(report: ProgressReport, year: number): ScopeReport | null {
  return report.years.find((y) => y.year === year) ?? report.cycle;
}

/** Share of the year gone by `asOf` (YYYY-MM-DD), 0–100: 0 before it starts, 100 once it is over. */
export function yearElapsedPercent(year: number, asOf: string): number {
  const day = dayjs(asOf);
  if (day.year() < year) return 0;
  if (day.year() > year) return 100;
  const days = dayjs(`${year}-12-31`).diff(dayjs(`${year}-01-01`), 'day') + 1;
  return Math.floor(((day.diff(dayjs(`${year}-01-01`), 'day') + 1) * 100) / days);
}

/**
 * 达标 / 进行中 / 落后 (decision 011). 达标 follows the engine's verdict; 落后 means not met
 * and either the scope is closed or its total trails the calendar by more than the margin.
 */
export function standingOf(report: ProgressReport, year: number, asOf: string): Standing {
  if (report.verdict.met) return 'met';
  const scope = scopeForYear(report, year);
  if (!scope) return 'in-progress';
  if (scope.closed || report.verdict.status === 'not-met') return 'behind';
  return scope.total.percent + BEHIND_MARGIN < yearElapsedPercent(year, asOf) ? 'behind' : 'in-progress';
}

/**
 * Whether a stored 进行中 row may read 落后 on `asOf` although nothing about the teacher
 * changed: her total now trails the calendar by more than the margin, or the year is over.
 * Such rows are recomputed (the engine has the last word: a closed scope, a deadline).
 */
export function mayFallBehind(row: Pick<TeacherSummaryDoc, 'standing' | 'percent'>, year: number, asOf: string): boolean {
  if (row.standing !== 'in-progress') return false;
  return dayjs(asOf).year() > year || row.percent + BEHIND_MARGIN < yearElapsedPercent(year, asOf);
}

/** The figures of a summary row that come from the report. */
export type StandingFigures = Pick<TeacherSummaryDoc, 'standing' | 'percent' | 'shortfall' | 'missingCount' | 'shortCategories'>;

/** Reads a summary row's figures off an engine report (summary detail is enough). */
export function standingFigures(report: ProgressReport, year: number, asOf: string): StandingFigures {
  const scope = scopeForYear(report, year);
  const tracked = scope !== null && scope.status !== 'untracked';
  return {
    standing: standingOf(report, year, asOf),
    percent: tracked ? scope.total.percent : 100,
    shortfall: tracked ? scope.total.shortfall : (0 as StandingFigures['shortfall']),
    missingCount: report.verdict.shortfalls.length,
    shortCategories: tracked
      ? scope.categories.filter((c) => c.required !== null && c.shortfall > 0).map((c) => ({ id: c.id, name: c.name, missing: c.shortfall }))
      : [],
  };
}
