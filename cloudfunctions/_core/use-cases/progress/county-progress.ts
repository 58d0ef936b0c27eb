import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { requireCountyAdmin } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaYear } from '../support/time';
import { teacherLines } from './group-progress';

/** progress.county (county admin): per school, how many teachers, how many met the requirement, how many records wait. */
export async function countyProgress(deps: Deps, caller: Caller, input: { countyId?: string; year?: number }) {
  const countyId = requireCountyAdmin(caller, input.countyId);
  const policy = await requirePolicyInForce(deps, countyId, input.year ?? chinaYear(deps.clock()));
  const [schools, lines] = await Promise.all([
    deps.store.find<SchoolDoc>(collections.schools, { countyId }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
    teacherLines(deps, { countyId }, policy),
  ]);
  return {
    policy: policy.ref,
    countyId,
    schools: schools.map((s) => {
      const mine = lines.filter((l) => l.schoolId === s._id);
      return {
        schoolId: s._id, schoolName: s.name, teacherCount: mine.length,
        passedCount: mine.filter((l) => l.report.verdict.met).length,
        pendingCount: mine.reduce((n, l) => n + l.pendingCount, 0),
      };
    }),
  };
}
