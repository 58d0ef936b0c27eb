import { collections } from '../../../../shared/schemas/domain/collections';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { WhoamiData } from '../../../../shared/schemas/api/identity';
import { findBoundPerson, requireOpenid } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { boundIdentity } from '../support/person-view';

/** identity.whoami: the bound person and roles, or `{ bound: false }` (works before binding). */
export async function whoami(deps: Deps): Promise<WhoamiData> {
  const openid = requireOpenid(deps);
  const person = await findBoundPerson(deps, openid);
  if (!person || !person.active) return { bound: false };
  const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: person._id });
  return boundIdentity(deps, person, roles);
}
