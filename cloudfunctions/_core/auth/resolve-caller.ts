import { collections } from '../../../shared/schemas/domain/collections';
import type { BindingDoc } from '../../../shared/schemas/domain/binding';
import type { PersonDoc } from '../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../shared/schemas/domain/role-assignment';
import type { RecordViewer } from '../../../shared/records/viewer';
import type { Deps } from '../deps';
import { AppError } from '../use-cases/app-error';

/** The signed-in, bound, active person behind a call, with her roles. */
export interface Caller {
  openid: string;
  person: PersonDoc;
  roles: RoleAssignmentDoc[];
  /** The same facts in the shape the shared state machine uses. */
  viewer: RecordViewer;
}

/** The platform openid, or UNAUTHENTICATED. Never read from the event. */
export function requireOpenid(deps: Deps): string {
  const openid = deps.identity.openid();
  if (!openid) throw new AppError('UNAUTHENTICATED', '请先登录');
  return openid;
}

/** The person bound to `openid`, or null when not bound (or the person left). */
export async function findBoundPerson(deps: Deps, openid: string): Promise<PersonDoc | null> {
  const binding = await deps.store.get<BindingDoc>(collections.bindings, openid);
  if (!binding) return null;
  const person = await deps.store.get<PersonDoc>(collections.people, binding.personId);
  // A stale binding (person re-bound elsewhere) does not count.
  if (!person || person.boundOpenid !== openid) return null;
  return person;
}

/** Builds the viewer facts from role assignments. */
export function viewerOf(personId: string, roles: readonly RoleAssignmentDoc[]): RecordViewer {
  return {
    personId,
    reviewerSchoolIds: roles.filter((r) => (r.role === 'principal' || r.role === 'credit-officer') && r.schoolId).map((r) => r.schoolId as string),
    adminCountyIds: roles.filter((r) => r.role === 'county-admin').map((r) => r.countyId),
  };
}

/**
 * Resolves the caller for every action except identity.whoami/bind:
 * no openid → UNAUTHENTICATED; unbound → NOT_BOUND; left the roster → FORBIDDEN.
 */
export async function resolveCaller(deps: Deps): Promise<Caller> {
  const openid = requireOpenid(deps);
  const person = await findBoundPerson(deps, openid);
  if (!person) throw new AppError('NOT_BOUND', '请先绑定身份（姓名 + 绑定码）');
  if (!person.active) throw new AppError('FORBIDDEN', '您已不在本县教师名册中，如有疑问请联系学校');
  const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: person._id });
  return { openid, person, roles, viewer: viewerOf(person._id, roles) };
}
