import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { PolicyInForce } from '../policy/policy-in-force';
import { activeTeachersIn } from '../support/teacher-queries';
import { chinaDate } from '../support/time';
import { teacherContextOf, toCreditRecord } from './engine-input';

/** One teacher's summary line. */
export interface TeacherLine { teacherId: string; name: string; schoolId: string; pendingCount: number; report: ProgressReport }

/**
 * Summary reports (no per-record detail) for every active teacher in `scope`
 * (a school or a county), by name, from {@link activeTeachersIn} with pending
 * records. The compiled policy is reused for every teacher.
 */
export async function teacherLines(deps: Deps, scope: Filter, policy: PolicyInForce): Promise<TeacherLine[]> {
  const asOf = chinaDate(deps.clock());
  return (await activeTeachersIn(deps, scope, { withPending: true })).map(({ person, approved, pending }) => ({
    teacherId: person._id,
    name: person.name,
    schoolId: person.schoolId,
    pendingCount: pending.length,
    report: policy.compiled.compute(approved.map(toCreditRecord), teacherContextOf(person), asOf, { detail: 'summary' }),
  }));
}
