import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { requireCountyAdmin } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaYear } from '../support/time';
import { refreshSummaries } from './summaries/refresh-summaries';

const none = { teacherCount: 0, passedCount: 0, behindCount: 0, pendingCount: 0, oldestPendingAt: null };

/**
 * progress.county (county admin): per school, how many teachers, how many met the
 * requirement, how many are behind, how many records wait and since when. Read from the
 * per-school totals the summary refresh keeps (decision 011), never from every record.
 */
export async function countyProgress(deps: Deps, caller: Caller, input: { countyId?: string; year?: number }) {
  const countyId = requireCountyAdmin(caller, input.countyId);
  const year = input.year ?? chinaYear(deps.clock());
  const policy = await requirePolicyInForce(deps, countyId, year);
  const [schools, mark] = await Promise.all([
    deps.store.find<SchoolDoc>(collections.schools, { countyId }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
    refreshSummaries(deps, countyId, year, policy),
  ]);
  return {
    policy: policy.ref,
    countyId,
    schools: schools.map((s) => ({ schoolId: s._id, schoolName: s.name, ...(mark.schools[s._id] ?? none) })),
  };
}
