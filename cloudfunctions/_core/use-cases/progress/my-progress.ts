import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordInput } from '../../../../shared/schemas/record';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import type { PolicyRef } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import { requireTeacher } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { checkRecordDates } from '../support/record-rules';
import { chinaDate, chinaYear } from '../support/time';
import type { PendingCredit } from '../../../../shared/schemas/api/progress';
import type { PolicyDeadline } from '../../../../shared/schemas/policy';
import type { RecordExplanation } from '../../../../shared/schemas/progress-report';
import { draftCreditRecord, teacherContextOf, toCreditRecord } from './engine-input';
import { compactReport, explanationOf } from './mine-extras';
import { teacherFigures } from './teacher-figures';

export interface MyProgressAnswer {
  policy: PolicyRef;
  report: ProgressReport;
  pendingCount: number;
  pending: PendingCredit[];
  unit: '学分' | '学时';
  deadlines: PolicyDeadline[];
  explanation?: RecordExplanation | null;
}

/**
 * progress.mine: the caller's report under her county's policy in force for
 * the year, computed now from her approved records and roster statuses. Pending
 * records are computed a second time "if approved" only to say what each would add;
 * they never change the figures. Record chains are left out unless one is asked for.
 */
export async function myProgress(deps: Deps, caller: Caller, input: { year?: number; recordId?: string }): Promise<MyProgressAnswer> {
  const scope = requireTeacher(caller);
  const now = deps.clock();
  const year = input.year ?? chinaYear(now);
  const policy = await requirePolicyInForce(deps, scope.countyId, year);
  const { report, preview, ...figures } = await teacherFigures(deps, policy, caller.person, year, now);
  return {
    policy: policy.ref,
    report: compactReport(report),
    ...figures,
    ...(input.recordId ? { explanation: explanationOf(input.recordId, report, preview) } : {}),
  };
}

/**
 * records.preview: the same report, with the caller's pending records (and an
 * optional unsaved draft) counted provisionally, "if approved".
 */
export async function previewProgress(
  deps: Deps,
  caller: Caller,
  input: { year?: number; draft?: RecordInput },
): Promise<{ policy: PolicyRef; report: ProgressReport; provisionalRecordIds: string[] }> {
  const scope = requireTeacher(caller);
  const now = deps.clock();
  if (input.draft) checkRecordDates(input.draft, now);
  const policy = await requirePolicyInForce(deps, scope.countyId, input.year ?? chinaYear(now));
  const teacherId = caller.person._id;
  const records = await deps.store.find<RecordDoc>(collections.records, { teacherId, status: { in: ['approved', ...pendingStatuses] } });
  const pending = records.filter((r) => r.status !== 'approved');
  const engineRecords = records.map(toCreditRecord);
  if (input.draft) engineRecords.push(draftCreditRecord(input.draft, teacherId));
  const report = policy.compiled.compute(engineRecords, teacherContextOf(caller.person), chinaDate(now), { includePending: true });
  return {
    policy: policy.ref,
    report,
    provisionalRecordIds: [...pending.map((r) => r._id), ...(input.draft ? ['draft'] : [])],
  };
}
