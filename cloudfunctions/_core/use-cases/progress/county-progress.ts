import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { TeacherSummaryDoc } from '../../../../shared/schemas/domain/teacher-summary';
import type { Caller } from '../../auth/resolve-caller';
import { requireCountyAdmin } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaYear } from '../support/time';
import { refreshSummaries } from './summaries/refresh-summaries';

/** One school's row from its teachers' summaries. */
function schoolRow(school: SchoolDoc, rows: readonly TeacherSummaryDoc[]) {
  let oldest: string | null = null;
  for (const r of rows) if (r.oldestPendingAt && (oldest === null || r.oldestPendingAt < oldest)) oldest = r.oldestPendingAt;
  return {
    schoolId: school._id, schoolName: school.name, teacherCount: rows.length,
    passedCount: rows.filter((r) => r.standing === 'met').length,
    behindCount: rows.filter((r) => r.standing === 'behind').length,
    pendingCount: rows.reduce((n, r) => n + r.pendingCount, 0),
    oldestPendingAt: oldest,
  };
}

/**
 * progress.county (county admin): per school, teachers, how many met the requirement,
 * how many are behind, how many records wait and since when. Read from the
 * materialised teacher summaries (refreshed incrementally first), never from every record.
 */
export async function countyProgress(deps: Deps, caller: Caller, input: { countyId?: string; year?: number }) {
  const countyId = requireCountyAdmin(caller, input.countyId);
  const year = input.year ?? chinaYear(deps.clock());
  const policy = await requirePolicyInForce(deps, countyId, year);
  await refreshSummaries(deps, countyId, year, policy);
  const [schools, summaries] = await Promise.all([
    deps.store.find<SchoolDoc>(collections.schools, { countyId }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
    deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { countyId, year }),
  ]);
  const bySchool = new Map<string, TeacherSummaryDoc[]>();
  for (const s of summaries) (bySchool.get(s.schoolId) ?? bySchool.set(s.schoolId, []).get(s.schoolId))?.push(s);
  return { policy: policy.ref, countyId, schools: schools.map((s) => schoolRow(s, bySchool.get(s._id) ?? [])) };
}
