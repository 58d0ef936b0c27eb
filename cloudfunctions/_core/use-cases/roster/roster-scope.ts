import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import { assertMayChangeAccount, type AccountChange } from '../../auth/account-authority';
import type { Caller } from '../../auth/resolve-caller';
import { administersCounty, reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';

/** The county whose roster the caller manages: as county admin, or as reviewer of a school in it. */
export function rosterCounty(caller: Caller): string {
  const county = caller.viewer.adminCountyIds[0] ?? (caller.viewer.reviewerSchoolIds.length > 0 ? caller.person.countyId : undefined);
  if (!county) throw new AppError('FORBIDDEN', '只有学校审核人或县级管理员可以管理名册');
  return county;
}

/** The schools of the caller's county she may manage (all of them for a county admin). */
export async function manageableSchools(deps: Deps, caller: Caller): Promise<SchoolDoc[]> {
  const countyId = rosterCounty(caller);
  const schools = await deps.store.find<SchoolDoc>(collections.schools, { countyId });
  return administersCounty(caller, countyId) ? schools : schools.filter((s) => caller.viewer.reviewerSchoolIds.includes(s._id));
}

/** A person the caller may manage (admin of her county, or reviewer of her school); FORBIDDEN/NOT_FOUND otherwise. */
export async function manageablePerson(deps: Deps, caller: Caller, personId: string): Promise<PersonDoc> {
  const person = await deps.store.get<PersonDoc>(collections.people, personId);
  if (!person) throw new AppError('NOT_FOUND', '名册中没有这个人');
  const inScope = administersCounty(caller, person.countyId)
    || (person.schoolId !== null && reviewsSchool(caller, person.schoolId, person.countyId));
  if (!inScope) throw new AppError('FORBIDDEN', '只能管理本校（本县）的人员');
  return person;
}

/** Every role assignment of these people (any scope), grouped by person. */
export async function rolesOfPeople(deps: Deps, personIds: readonly string[]): Promise<Map<string, RoleAssignmentDoc[]>> {
  const out = new Map<string, RoleAssignmentDoc[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return out;
  const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: { in: [...new Set(personIds)] } });
  for (const r of roles) out.get(r.personId)?.push(r);
  return out;
}

/**
 * A person whose account the caller may change: in her scope ({@link manageablePerson})
 * and allowed by the account rule (auth/account-authority: not herself, no role
 * she could not grant). FORBIDDEN with the reason otherwise.
 */
export async function manageableAccount(deps: Deps, caller: Caller, personId: string, change: AccountChange): Promise<{ person: PersonDoc; roles: RoleAssignmentDoc[] }> {
  const person = await manageablePerson(deps, caller, personId);
  const roles = (await rolesOfPeople(deps, [person._id])).get(person._id) ?? [];
  assertMayChangeAccount(caller, person, roles, change);
  return { person, roles };
}
