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
import { draftCreditRecord, teacherContextOf, toCreditRecord } from './engine-input';

/**
 * progress.mine: the caller's report under her county's policy in force for
 * the year, computed now from her approved records and roster statuses.
 */
export async function myProgress(deps: Deps, caller: Caller, input: { year?: number }): Promise<{ policy: PolicyRef; report: ProgressReport; pendingCount: number }> {
  const scope = requireTeacher(caller);
  const now = deps.clock();
  const policy = await requirePolicyInForce(deps, scope.countyId, input.year ?? chinaYear(now));
  const teacherId = caller.person._id;
  const [approved, pendingCount] = await Promise.all([
    deps.store.find<RecordDoc>(collections.records, { teacherId, status: 'approved' }),
    deps.store.count(collections.records, { teacherId, status: { in: [...pendingStatuses] } }),
  ]);
  const report = policy.compiled.compute(approved.map(toCreditRecord), teacherContextOf(caller.person), chinaDate(now));
  return { policy: policy.ref, report, pendingCount };
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
