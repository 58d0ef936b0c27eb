import { ZERO } from '../../../../shared/credits';
import { requirementUnits, type PolicyDeadline } from '../../../../shared/schemas/policy';
import type { PendingCredit } from '../../../../shared/schemas/api/progress';
import type { ProgressReport, RecordExplanation } from '../../../../shared/schemas/progress-report';

type RequirementUnit = (typeof requirementUnits)[number];

/**
 * progress.mine keeps its answer small (a teacher with 40 records stays under 20 KB): every
 * record keeps its row (title, category, what it counted) but not its explanation chain,
 * which is asked for one record at a time (`recordId`). The figures are untouched.
 */
export function compactReport(report: ProgressReport): ProgressReport {
  return { ...report, records: report.records.map((r) => (r.steps.length === 0 ? r : { ...r, steps: [] })) };
}

/** What each of `pendingIds` would add once approved, from a report computed with includePending. */
export function pendingCredits(preview: ProgressReport, pendingIds: ReadonlySet<string>): PendingCredit[] {
  return preview.records
    .filter((r) => pendingIds.has(r.recordId))
    .map((r) => ({
      recordId: r.recordId,
      title: r.title,
      categoryId: r.categoryId,
      categoryName: r.categoryName,
      credits: r.counted ? r.countedInYear : ZERO,
      reason: r.reason?.message ?? null,
    }));
}

/** The one record's full chain, from the truth report or (pending) the preview; null when neither counts it. */
export function explanationOf(recordId: string, truth: ProgressReport, preview: ProgressReport | null): RecordExplanation | null {
  return truth.records.find((r) => r.recordId === recordId)
    ?? preview?.records.find((r) => r.recordId === recordId)
    ?? null;
}

interface PolicyFactsSource {
  requirementUnit?: unknown;
  deadlines?: unknown;
  conversion?: unknown;
}

/**
 * The unit the document words its minimums in. The engine books requirements in 学分; 学时
 * is shown only where the policy says so AND every conversion is 1 学时 = 1 学分, so a
 * figure can never be printed in a unit it was not computed in.
 */
export function requirementUnitOf(policy: PolicyFactsSource): RequirementUnit {
  if (policy.requirementUnit !== '学时' || !Array.isArray(policy.conversion)) return '学分';
  const oneToOne = (policy.conversion as Array<Record<string, unknown>>).every((c) =>
    (c.coefficient === undefined || String(c.coefficient) === '1')
    && (c.hoursPerCredit === undefined || String(c.hoursPerCredit) === '1')
    && c.maxCreditsPerRecord === undefined);
  return oneToOne ? '学时' : '学分';
}

/** Hand-in dates of the policy (validated at publish time by the shared schema). */
export function deadlinesOf(policy: PolicyFactsSource): PolicyDeadline[] {
  return Array.isArray(policy.deadlines) ? (policy.deadlines as PolicyDeadline[]) : [];
}
