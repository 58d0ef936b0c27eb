import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { requireReviewer, reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaYear } from '../support/time';
import { teacherFigures } from './teacher-figures';

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
  const year = input.year ?? chinaYear(now);
  const policy = await requirePolicyInForce(deps, person.countyId, year);
  const [school, figures] = await Promise.all([
    deps.store.get<SchoolDoc>(collections.schools, person.schoolId),
    teacherFigures(deps, policy, person, year, now),
  ]);
  const { preview: _preview, ...answer } = figures;
  return {
    policy: policy.ref,
    person: { id: person._id, name: person.name, schoolId: person.schoolId, schoolName: school?.name ?? null, subject: person.subject ?? null },
    ...answer,
  };
}
