import { collections } from '../../../../shared/schemas/domain/collections';
import type { CountyDoc } from '../../../../shared/schemas/domain/county';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { BindData } from '../../../../shared/schemas/api/identity';
import type { Deps } from '../../deps';

/** The identity answer for a bound person: who, where, which roles. Never the code or openid. */
export async function boundIdentity(deps: Deps, person: PersonDoc, roles: RoleAssignmentDoc[]): Promise<BindData> {
  const county = await deps.store.get<CountyDoc>(collections.counties, person.countyId);
  const school = person.schoolId ? await deps.store.get<SchoolDoc>(collections.schools, person.schoolId) : null;
  return {
    bound: true,
    person: {
      id: person._id,
      name: person.name,
      countyId: person.countyId,
      countyName: county?.name ?? '',
      schoolId: person.schoolId,
      schoolName: school?.name ?? null,
      ...(person.subject ? { subject: person.subject } : {}),
      statuses: person.statuses,
      ...(person.hiredOn ? { hiredOn: person.hiredOn } : {}),
    },
    roles: roles.map((r) => ({ role: r.role, countyId: r.countyId, schoolId: r.schoolId })),
  };
}
