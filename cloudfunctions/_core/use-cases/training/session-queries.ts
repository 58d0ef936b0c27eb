/**
 * Named store queries of the training use-cases: every read of sessions,
 * attendance and expected teachers goes through here, not inline filters.
 */
import { collections } from '../../../../shared/schemas/domain/collections';
import type { AttendanceDoc } from '../../../../shared/schemas/domain/attendance';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { TrainingSessionDoc } from '../../../../shared/schemas/domain/training-session';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { fail } from '../app-error';
import { byIds } from '../support/by-ids';

/** The session, or NOT_FOUND. */
export async function loadSession(deps: Deps, sessionId: string): Promise<TrainingSessionDoc> {
  const s = await deps.store.get<TrainingSessionDoc>(collections.trainingSessions, sessionId);
  if (!s) throw fail.notFound('培训不存在或已被删除');
  return s;
}

/** Every attendance row of a session. */
export function attendanceOf(deps: Deps, sessionId: string): Promise<AttendanceDoc[]> {
  return deps.store.find<AttendanceDoc>(collections.attendance, { sessionId }, { orderBy: [{ field: 'teacherId', direction: 'asc' }] });
}

/** A teacher's attendance rows (her 我的培训). */
export function attendanceOfTeacher(deps: Deps, teacherId: string): Promise<AttendanceDoc[]> {
  return deps.store.find<AttendanceDoc>(collections.attendance, { teacherId });
}

/** Sessions of a year the caller organises or may see as a reviewer (school reviewer: hers + county sessions). */
export async function sessionsInScope(deps: Deps, caller: Caller, year: number, schoolId?: string): Promise<TrainingSessionDoc[]> {
  const range = { gte: `${year}-01-01`, lte: `${year}-12-31` };
  const found = new Map<string, TrainingSessionDoc>();
  for (const countyId of caller.viewer.adminCountyIds) {
    for (const s of await deps.store.find<TrainingSessionDoc>(collections.trainingSessions, { countyId, date: range })) found.set(s._id, s);
  }
  for (const sid of caller.viewer.reviewerSchoolIds) {
    for (const s of await deps.store.find<TrainingSessionDoc>(collections.trainingSessions, { schoolId: sid, date: range })) found.set(s._id, s);
  }
  if (caller.viewer.reviewerSchoolIds.length > 0) {
    const county = caller.person.countyId;
    const countySessions = await deps.store.find<TrainingSessionDoc>(collections.trainingSessions, { countyId: county, scope: 'county', date: range });
    for (const s of countySessions) {
      const mine = s.expected.schoolIds.length === 0 || s.expected.schoolIds.some((id) => caller.viewer.reviewerSchoolIds.includes(id));
      if (mine) found.set(s._id, s);
    }
  }
  const list = [...found.values()].filter((s) => !schoolId || s.schoolId === schoolId || (s.scope === 'county' && (s.expected.schoolIds.length === 0 || s.expected.schoolIds.includes(schoolId))));
  return list.sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : a._id.localeCompare(b._id)));
}

/** Sessions of a county (or one school) on a year: what a teacher may be expected at. */
export async function sessionsForTeacher(deps: Deps, person: PersonDoc, year: number): Promise<TrainingSessionDoc[]> {
  const range = { gte: `${year}-01-01`, lte: `${year}-12-31` };
  const all = await deps.store.find<TrainingSessionDoc>(collections.trainingSessions, { countyId: person.countyId, date: range });
  return all.filter((s) => isExpected(s, person)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** True when the person is among the session's expected teachers (the roster filter). */
export function isExpected(s: TrainingSessionDoc, person: PersonDoc): boolean {
  if (person.countyId !== s.countyId || !person.schoolId || !person.active) return false;
  if (s.expected.personIds && s.expected.personIds.length > 0) return s.expected.personIds.includes(person._id);
  if (s.schoolId !== null && person.schoolId !== s.schoolId) return false;
  if (s.schoolId === null && s.expected.schoolIds.length > 0 && !s.expected.schoolIds.includes(person.schoolId)) return false;
  if (s.expected.subjects && s.expected.subjects.length > 0) return person.subject !== undefined && s.expected.subjects.includes(person.subject);
  return true;
}

/** Every active teacher the session expects, by name (one roles and one people query). */
export async function expectedTeachers(deps: Deps, s: TrainingSessionDoc): Promise<PersonDoc[]> {
  const scope: Filter = s.schoolId ? { schoolId: s.schoolId } : { countyId: s.countyId };
  const [roles, people] = await Promise.all([
    deps.store.find<RoleAssignmentDoc>(collections.roles, { ...scope, role: 'teacher' }),
    deps.store.find<PersonDoc>(collections.people, { ...scope, active: true }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
  ]);
  const teachers = new Set(roles.map((r) => r.personId));
  return people.filter((p) => teachers.has(p._id) && isExpected(s, p));
}

/** Names of people and schools, for views. */
export async function namesOf(deps: Deps, personIds: readonly string[], schoolIds: readonly string[]) {
  const [people, schools] = await Promise.all([
    byIds<PersonDoc>(deps.store, collections.people, [...new Set(personIds)]),
    byIds<SchoolDoc>(deps.store, collections.schools, [...new Set(schoolIds)]),
  ]);
  return { people, schools };
}
