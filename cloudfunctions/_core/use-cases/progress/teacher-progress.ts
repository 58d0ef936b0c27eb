import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { requireReviewer, reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaDate, chinaYear } from '../support/time';
import { teacherContextOf, toCreditRecord } from './engine-input';

/**
 * progress.teacher: the same full report a teacher sees of herself, for a reviewer of
 * her school or her county admin (the school table's drill-down).
 */
export async function teacherProgress(deps: Deps, caller: Caller, input: { teacherId: string; year?: number }) {
  requireReviewer(caller);
  const person = await deps.store.get<PersonDoc>(collections.people, input.teacherId);
  if (!person || person.schoolId === null) throw new AppError('NOT_FOUND', '找不到这位教师');
  if (!reviewsSchool(caller, person.schoolId, person.countyId)) throw new AppError('FORBIDDEN', '只能查看本校（本县）教师的学分情况');
  const now = deps.clock();
  const policy = await requirePolicyInForce(deps, person.countyId, input.year ?? chinaYear(now));
  const [school, approved, pendingCount] = await Promise.all([
    deps.store.get<SchoolDoc>(collections.schools, person.schoolId),
    deps.store.find<RecordDoc>(collections.records, { teacherId: person._id, status: 'approved' }),
    deps.store.count(collections.records, { teacherId: person._id, status: { in: [...pendingStatuses] } }),
  ]);
  const report = policy.compiled.compute(approved.map(toCreditRecord), teacherContextOf(person), chinaDate(now));
  return {
    policy: policy.ref,
    person: { id: person._id, name: person.name, schoolId: person.schoolId, schoolName: school?.name ?? null, subject: person.subject ?? null },
    report, pendingCount,
  };
}
