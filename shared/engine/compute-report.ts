import { SCALE } from '../credits';
import type { ProgressReport, RecordExplanation } from '../schemas/progress-report';
import { isoDate, type CreditRecord } from '../schemas/record';
import type { TeacherContext } from '../schemas/teacher-context';
import type { CompiledPolicyData } from './compiled-types';
import { computeScope } from './compute-scope';
import { evaluateRecord } from './evaluate-record';
import type { ScopeLimits } from './ledger';
import { orderRecords } from './order-records';
import { teacherLimits } from './teacher-limits';
import type { RecordOutcome } from './record-outcome';
import { computeTargets } from './targets';
import { decideVerdict } from './verdict';

/** Options of a compute call. */
export interface ComputeOptions {
  /** Count submitted/resubmitted records as if approved, marked provisional. */
  includePending?: boolean;
  /** "summary" skips per-record explanations (county/school tables). Default "full". */
  detail?: 'full' | 'summary';
  /**
   * The reporting year whose period to use: a recurring policy (永吉) covers
   * 2026 with its 2023–2027 instance. Default: the year of `asOf`, for a
   * recurring policy; otherwise the period as written.
   */
  year?: number;
}

/** The last asOf that passed the schema: a county run asks with one date thousands of times. */
let lastValidAsOf: string | null = null;

function validAsOf(asOf: string): boolean {
  if (asOf === lastValidAsOf) return true;
  if (!isoDate.safeParse(asOf).success) return false;
  lastValidAsOf = asOf;
  return true;
}

function explain(o: RecordOutcome, cp: CompiledPolicyData, hasCycle: boolean): RecordExplanation {
  const cat = cp.categories[o.category];
  return {
    recordId: o.record.id, title: o.record.title, recordStatus: o.record.status, counted: o.reason === null,
    provisional: o.provisional && o.reason === null, year: o.year, categoryId: cat?.id ?? null, categoryName: cat?.path ?? null,
    hours: o.hours, credits: o.credits, countedInYear: o.countedInYear, countedInCycle: hasCycle ? o.countedInCycle : null,
    reason: o.reason, steps: o.steps ?? [],
  };
}

/**
 * The whole report for one teacher: evaluate each record, order them by date
 * (so input order never matters), run every year and the cycle, then targets
 * and the verdict.
 */
export function computeReport(
  cp: CompiledPolicyData, records: readonly CreditRecord[], teacher: TeacherContext, asOf: string, options: ComputeOptions = {},
): ProgressReport {
  const asOfKey = validAsOf(asOf) ? cp.days.key(asOf) : Number.NaN;
  if (Number.isNaN(asOfKey)) throw new RangeError(`统计日期格式应为 YYYY-MM-DD：${asOf}`);
  const ctx = { teacherId: teacher.teacherId, asOfKey, includePending: options.includePending === true, explain: options.detail !== 'summary' };
  const outcomes = records.map((r) => evaluateRecord(cp, r, ctx));
  orderRecords(cp, outcomes);
  const counted: RecordOutcome[] = [];
  const byYear: RecordOutcome[][] = cp.period.years.map(() => []);
  for (const o of outcomes) {
    if (o.reason !== null) continue;
    counted.push(o);
    byYear[(o.year ?? 0) - cp.period.firstYear]?.push(o);
  }
  const limits = teacherLimits(cp, teacher);
  const years = cp.period.years.map((y, i) => computeScope(cp, limits.years[i] as ScopeLimits, byYear[i] ?? [], y, asOfKey));
  const hasCycle = cp.period.cycle !== null;
  const cycle = hasCycle ? computeScope(cp, limits.cycle, counted, null, asOfKey) : null;
  const targets = computeTargets(cp, teacher, counted);
  const verdict = decideVerdict(cp, years, cycle, targets, asOfKey);
  const p = cp.policy;
  return {
    policyId: p.id, policyVersion: p.version, policyName: p.name, teacherId: teacher.teacherId, asOf, scale: SCALE,
    provisional: counted.some((o) => o.provisional), verdict, years, cycle, targets,
    records: ctx.explain ? outcomes.map((o) => explain(o, cp, hasCycle)) : [],
    counts: { records: outcomes.length, counted: counted.length, excluded: outcomes.length - counted.length },
  };
}
