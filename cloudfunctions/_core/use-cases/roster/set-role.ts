import { collections } from '../../../../shared/schemas/domain/collections';
import type { Role } from '../../../../shared/schemas/domain/common';
import { roleAssignmentId, type RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { Caller } from '../../auth/resolve-caller';
import { assertMayGrantRole } from '../../auth/account-authority';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { appendAudit } from '../support/audit';
import { manageableAccount } from './roster-scope';

/**
 * roster.set-role: grants or revokes one role. A county admin may set any role
 * in her county; a school reviewer may set only teacher and credit officer in
 * her school, and only for people who hold nothing above teacher. Nobody sets
 * her own roles (auth/account-authority, decision 005).
 * Granting twice or revoking a role not held changes nothing.
 */
export async function setRole(deps: Deps, caller: Caller, event: { personId: string; role: Role; grant: boolean }): Promise<{ personId: string; roles: Role[] }> {
  const { person } = await manageableAccount(deps, caller, event.personId, '修改角色');
  assertMayGrantRole(caller, person.countyId, event.role);
  if (event.grant && !person.active) throw new AppError('INVALID_STATE', '该人员已不在岗，不能授予角色');
  const scopeId = event.role === 'county-admin' ? person.countyId : person.schoolId;
  if (!scopeId) throw new AppError('INVALID_STATE', '该人员不属于任何学校，只能设为县级管理员');
  const id = roleAssignmentId(person._id, event.role, scopeId);
  const now = deps.clock();
  await deps.store.transaction(async (tx) => {
    const existing = await tx.get<RoleAssignmentDoc>(collections.roles, id);
    if (event.grant === (existing !== null)) return;
    const doc: RoleAssignmentDoc = {
      _id: id, personId: person._id, role: event.role, countyId: person.countyId,
      schoolId: event.role === 'county-admin' ? null : person.schoolId, grantedBy: caller.person._id, grantedAt: now,
    };
    if (event.grant) await tx.set(collections.roles, doc);
    else await tx.remove(collections.roles, id);
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: 'roster.set-role', targetCollection: collections.roles, targetId: id,
      countyId: person.countyId, before: existing, after: event.grant ? doc : null,
    });
  });
  const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: person._id });
  return { personId: person._id, roles: [...new Set(roles.map((r) => r.role))] };
}
