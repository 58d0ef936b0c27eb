import { compilePolicy, type CompiledPolicy } from '@shared/engine';
import type { Fixed } from '@shared/credits';
import type { RecordView, PolicyRef } from '@shared/schemas/api/views';
import type { Policy } from '@shared/schemas/policy';
import type { ExplanationStep, ProgressReport } from '@shared/schemas/progress-report';
import type { CreditRecord, RecordInput } from '@shared/schemas/record';
import type { TeacherContext } from '@shared/schemas/teacher-context';

/**
 * The phone's preview: the shared engine with the county's policy in force, the teacher's
 * approved and pending records and the draft — exactly the inputs records.preview uses on
 * the server (cloudfunctions/_core/use-cases/progress/my-progress.ts), so the figures agree
 * (proven by __tests__/preview-matches-server.test.ts and the H5 end-to-end test).
 */
export interface PreviewBasis {
  ref: PolicyRef;
  compiled: CompiledPolicy;
  /**
   * The year asked for (policy.get's year). records.preview computes for exactly this year
   * (a recurring policy's instance covering it), whatever today's date; so must the phone.
   */
  year: number;
  /** The teacher's records (any status; only approved and pending ones count). */
  records: RecordView[];
  teacher: TeacherContext;
}

const counting = new Set(['approved', 'submitted', 'resubmitted']);

const compiledCache = new Map<string, CompiledPolicy>();

/** Compiles a policy once per county/year/version on this phone. */
export function compiledFor(ref: PolicyRef, policy: Policy): CompiledPolicy {
  const key = `${ref.countyId}/${ref.year}/${ref.version}/${ref.publishedAt}`;
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const compiled = compilePolicy(policy);
  compiledCache.set(key, compiled);
  return compiled;
}

/** The report as records.preview would compute it, with the draft (id "draft") counted provisionally. */
export function computeLocalPreview(basis: PreviewBasis, draft: RecordInput | null, asOf: string): ProgressReport {
  const records: CreditRecord[] = basis.records
    .filter((r) => counting.has(r.status))
    .map((r) => ({ ...r.input, id: r.id, teacherId: r.teacherId, status: r.status }));
  if (draft) records.push({ ...draft, id: 'draft', teacherId: basis.teacher.teacherId, status: 'submitted' });
  return basis.compiled.compute(records, basis.teacher, asOf, { includePending: true, year: basis.year });
}

/** What the preview card says about the draft. */
export interface PreviewSummary {
  counted: boolean;
  /** Credits the draft adds in its year (after caps). */
  credits: Fixed;
  /** 「专业科目›集中培训」; null when unclassified. */
  categoryPath: string | null;
  year: number | null;
  /** The year's total still missing once everything pending (and the draft) is approved; null = no minimum. */
  yearShortfall: Fixed | null;
  /** Why nothing counts (Chinese), when not counted. */
  reason: string | null;
  reasonSource: string | null;
  steps: ExplanationStep[];
}

/** Reads the draft's line out of a preview report. */
export function summarisePreview(report: ProgressReport, fallbackYear: number): PreviewSummary | null {
  const rec = report.records.find((r) => r.recordId === 'draft');
  if (!rec) return null;
  const year = rec.year ?? fallbackYear;
  const scope = report.years.find((y) => y.year === year) ?? null;
  return {
    counted: rec.counted,
    credits: rec.countedInYear,
    // The engine names the category with its parents (「专业科目 › 集中培训」).
    categoryPath: rec.categoryName,
    year: rec.year,
    yearShortfall: scope && scope.total.required !== null ? scope.total.shortfall : null,
    reason: rec.reason?.message ?? null,
    reasonSource: rec.reason?.source ?? null,
    steps: rec.steps,
  };
}
