/**
 * The named query behind every "all teachers of a school / county" view: the
 * active people who hold the teacher role there, each with her records — in a
 * fixed number of queries whatever the size (roles, people, records).
 */
import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';

/** An active teacher with a school, and her approved (and, when asked for, pending) records. */
export interface TeacherWithRecords {
  person: PersonDoc & { schoolId: string };
  approved: RecordDoc[];
  /** Empty unless `withPending` was asked for. */
  pending: RecordDoc[];
}

/** Options of {@link activeTeachersIn}. */
export interface ActiveTeachersOptions {
  /** Only this teacher (a single register card). */
  teacherId?: string;
  /** Also read records still in review (one more query). */
  withPending?: boolean;
}

function groupByTeacher(records: readonly RecordDoc[]): Map<string, RecordDoc[]> {
  const out = new Map<string, RecordDoc[]>();
  for (const r of records) {
    const list = out.get(r.teacherId);
    if (list) list.push(r);
    else out.set(r.teacherId, [r]);
  }
  return out;
}

/**
 * Every active teacher in `scope` (`{ schoolId }` or `{ countyId }`), by name:
 * people who are active, hold the teacher role in the scope and belong to a school.
 */
export async function activeTeachersIn(deps: Deps, scope: Filter, options: ActiveTeachersOptions = {}): Promise<TeacherWithRecords[]> {
  const only = options.teacherId;
  const [roles, people, approved, pending] = await Promise.all([
    deps.store.find<RoleAssignmentDoc>(collections.roles, { ...scope, role: 'teacher', ...(only ? { personId: only } : {}) }),
    deps.store.find<PersonDoc>(collections.people, { ...scope, active: true, ...(only ? { _id: only } : {}) }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
    deps.store.find<RecordDoc>(collections.records, { ...scope, ...(only ? { teacherId: only } : {}), status: 'approved' }),
    options.withPending
      ? deps.store.find<RecordDoc>(collections.records, { ...scope, ...(only ? { teacherId: only } : {}), status: { in: [...pendingStatuses] } })
      : Promise.resolve([]),
  ]);
  const teachers = new Set(roles.map((r) => r.personId));
  const approvedBy = groupByTeacher(approved);
  const pendingBy = groupByTeacher(pending);
  const out: TeacherWithRecords[] = [];
  for (const p of people) {
    if (!teachers.has(p._id) || p.schoolId === null) continue;
    out.push({ person: { ...p, schoolId: p.schoolId }, approved: approvedBy.get(p._id) ?? [], pending: pendingBy.get(p._id) ?? [] });
  }
  return out;
}
