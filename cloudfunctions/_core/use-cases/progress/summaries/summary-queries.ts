/** Named store queries the summary refresh needs (teacher roles, stored rows), in bounded chunks. */
import { collections } from '../../../../../shared/schemas/domain/collections';
import type { RoleAssignmentDoc } from '../../../../../shared/schemas/domain/role-assignment';
import { summaryId, type TeacherSummaryDoc } from '../../../../../shared/schemas/domain/teacher-summary';
import type { Deps } from '../../../deps';
import { mayFallBehind } from './standing';

/** Teachers per query when (re)computing: bounds the `in` list and the rows in memory. */
export const CHUNK = 100;

/** The teacher-role set of a county, and the county's existing summaries (the slow path). */
export async function membership(deps: Deps, countyId: string, year: number) {
  const [roles, existing] = await Promise.all([
    deps.store.find<RoleAssignmentDoc>(collections.roles, { countyId, role: 'teacher' }),
    deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { countyId, year }),
  ]);
  return { teachers: new Set(roles.map((r) => r.personId)), existing: new Map(existing.map((s) => [s.teacherId, s])) };
}

/** The stored rows of these teachers, by teacher id. */
export async function rowsOf(deps: Deps, countyId: string, year: number, teacherIds: readonly string[]): Promise<Map<string, TeacherSummaryDoc>> {
  const out = new Map<string, TeacherSummaryDoc>();
  for (let i = 0; i < teacherIds.length; i += CHUNK) {
    const ids = teacherIds.slice(i, i + CHUNK).map((id) => summaryId(countyId, year, id));
    for (const row of await deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { _id: { in: ids } })) out.set(row.teacherId, row);
  }
  return out;
}

/** Which of these people hold the teacher role in the county (for people changed while roles did not). */
export async function teachersAmong(deps: Deps, countyId: string, personIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { countyId, role: 'teacher', personId: { in: personIds.slice(i, i + CHUNK) } });
    roles.forEach((r) => out.add(r.personId));
  }
  return out;
}

/** Teachers whose 进行中 row may read 落后 on `asOf` with nothing else changed (see {@link mayFallBehind}). */
export async function fallingBehindOn(deps: Deps, countyId: string, year: number, asOf: string): Promise<string[]> {
  const inProgress = await deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { countyId, year, standing: 'in-progress' });
  return inProgress.filter((row) => mayFallBehind(row, year, asOf)).map((row) => row.teacherId);
}
