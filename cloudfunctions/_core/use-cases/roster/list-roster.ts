import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { AppError } from '../app-error';
import { manageableSchools, rosterCounty } from './roster-scope';

const masked = (phone: string | undefined) => (phone ? `${phone.slice(0, 3)}****${phone.slice(7)}` : null);

/**
 * roster.list: people of one school (or the whole county for a county admin),
 * filtered by a name fragment, sorted by name. Phones are masked; binding codes
 * and openids are never listed.
 */
export async function listRoster(deps: Deps, caller: Caller, event: { schoolId?: string; query?: string; limit?: number; skip?: number }) {
  const countyId = rosterCounty(caller);
  const schools = await manageableSchools(deps, caller);
  const isAdmin = caller.viewer.adminCountyIds.includes(countyId);
  let filter: Filter;
  if (event.schoolId !== undefined) {
    if (!schools.some((s) => s._id === event.schoolId)) throw new AppError('FORBIDDEN', '只能查看本校（本县）的名册');
    filter = { schoolId: event.schoolId };
  } else if (isAdmin) {
    filter = { countyId };
  } else {
    filter = { schoolId: { in: schools.map((s) => s._id) } };
  }
  const all = await deps.store.find<PersonDoc>(collections.people, filter, { orderBy: [{ field: 'name', direction: 'asc' }] });
  const hits = event.query ? all.filter((p) => p.name.includes(event.query as string)) : all;
  const page = hits.slice(event.skip ?? 0, (event.skip ?? 0) + (event.limit ?? 50));
  const roles = page.length === 0 ? [] : await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: { in: page.map((p) => p._id) } });
  return {
    total: hits.length,
    items: page.map((p) => ({
      id: p._id, name: p.name, schoolId: p.schoolId, ...(p.subject ? { subject: p.subject } : {}), phoneMasked: masked(p.phone),
      statuses: p.statuses, roles: [...new Set(roles.filter((r) => r.personId === p._id).map((r) => r.role))],
      bound: p.boundOpenid !== null, active: p.active,
    })),
  };
}
