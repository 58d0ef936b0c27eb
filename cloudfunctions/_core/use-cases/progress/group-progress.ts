import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { PolicyInForce } from '../policy/policy-in-force';
import { chinaDate } from '../support/time';
import { teacherContextOf, toCreditRecord } from './engine-input';

/** One teacher's summary line. */
export interface TeacherLine { teacherId: string; name: string; schoolId: string; pendingCount: number; report: ProgressReport }

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Summary reports (no per-record detail) for every active teacher in `scope`
 * (a school or a county), from three queries: teacher roles, approved records
 * and pending records. The compiled policy is reused for every teacher.
 */
export async function teacherLines(deps: Deps, scope: Filter, policy: PolicyInForce): Promise<TeacherLine[]> {
  const [roles, people, approved, pending] = await Promise.all([
    deps.store.find<RoleAssignmentDoc>(collections.roles, { ...scope, role: 'teacher' }),
    deps.store.find<PersonDoc>(collections.people, { ...scope, active: true }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
    deps.store.find<RecordDoc>(collections.records, { ...scope, status: 'approved' }),
    deps.store.find<RecordDoc>(collections.records, { ...scope, status: { in: [...pendingStatuses] } }),
  ]);
  const teachers = new Set(roles.map((r) => r.personId));
  const byTeacher = groupBy(approved, (r) => r.teacherId);
  const pendingBy = groupBy(pending, (r) => r.teacherId);
  const asOf = chinaDate(deps.clock());
  return people.filter((p) => teachers.has(p._id) && p.schoolId !== null).map((p) => ({
    teacherId: p._id,
    name: p.name,
    schoolId: p.schoolId as string,
    pendingCount: pendingBy.get(p._id)?.length ?? 0,
    report: policy.compiled.compute((byTeacher.get(p._id) ?? []).map(toCreditRecord), teacherContextOf(p), asOf, { detail: 'summary' }),
  }));
}
