import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { PendingCredit } from '../../../../shared/schemas/api/progress';
import type { PolicyDeadline } from '../../../../shared/schemas/policy';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import type { Deps } from '../../deps';
import type { PolicyInForce } from '../policy/policy-in-force';
import { chinaDate } from '../support/time';
import { teacherContextOf, toCreditRecord } from './engine-input';
import { deadlinesOf, pendingCredits, requirementUnitOf } from './mine-extras';

/** What a teacher's report says, whoever asks for it (progress.mine, progress.teacher). */
export interface TeacherFigures {
  /** Approved records only: the truth. */
  report: ProgressReport;
  /** Approved and pending records "if approved"; null when nothing is pending. */
  preview: ProgressReport | null;
  pendingCount: number;
  pending: PendingCredit[];
  unit: '学分' | '学时';
  deadlines: PolicyDeadline[];
}

/**
 * One teacher's figures for a year under the policy in force. Pending records are
 * computed a second time only to say what each would add; they never change the figures.
 */
export async function teacherFigures(deps: Deps, policy: PolicyInForce, person: PersonDoc, year: number, now: string): Promise<TeacherFigures> {
  const [approved, pendingDocs] = await Promise.all([
    deps.store.find<RecordDoc>(collections.records, { teacherId: person._id, status: 'approved' }),
    deps.store.find<RecordDoc>(collections.records, { teacherId: person._id, status: { in: [...pendingStatuses] } }),
  ]);
  const teacher = teacherContextOf(person);
  const today = chinaDate(now);
  const report = policy.compiled.compute(approved.map(toCreditRecord), teacher, today);
  const preview = pendingDocs.length > 0
    ? policy.compiled.compute([...approved, ...pendingDocs].map(toCreditRecord), teacher, today, { includePending: true })
    : null;
  return {
    report,
    preview,
    pendingCount: pendingDocs.length,
    pending: preview ? pendingCredits(preview, new Set(pendingDocs.filter((d) => d.year === year).map((d) => d._id))) : [],
    unit: requirementUnitOf(policy.doc.data),
    deadlines: deadlinesOf(policy.doc.data),
  };
}
