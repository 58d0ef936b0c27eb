import { roleLabels, type Role } from '../../../shared/schemas/domain/common';
import type { PersonDoc } from '../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../shared/schemas/domain/role-assignment';
import { AppError } from '../use-cases/app-error';
import type { Caller } from './resolve-caller';
import { administersCounty } from './scope';

/**
 * THE rule that keeps roles from climbing (decision 005). Every roster write
 * that touches an existing person's account — a new binding code, resetting
 * the binding, importing over her row (statuses, leaving, contact details),
 * granting or revoking a role — asks this file first:
 *
 * 1. Nobody touches her own account: her roles, statuses and binding are kept
 *    by someone above her (otherwise a reviewer could lower her own
 *    requirements, or a county admin lock herself out).
 * 2. A caller touches a person only if she could have granted every role that
 *    person holds. A county admin may grant any role in her county; a school
 *    reviewer (principal, credit officer) may grant only `teacher` in her school
 *    — so only a county admin touches a reviewer's or a county admin's account.
 *
 * Scope (which school / county the person is in) is checked before, in
 * roster-scope.ts; this rule adds what scope alone missed: the target's roles.
 */

/** Roles a school reviewer may grant in her school; everything else needs a county admin. */
export const schoolGrantableRoles: readonly Role[] = ['teacher', 'credit-officer'];

/** What the caller is about to do to the account, in words for the refusal ("为其发放绑定码"). */
export type AccountChange = '发放绑定码' | '解除微信绑定' | '修改角色' | '修改名册信息';

/** True when the caller could grant this role assignment herself. */
export function couldGrant(caller: Caller, assignment: Pick<RoleAssignmentDoc, 'role' | 'countyId' | 'schoolId'>): boolean {
  if (administersCounty(caller, assignment.countyId)) return true;
  return assignment.role === 'teacher' && assignment.schoolId !== null && caller.viewer.reviewerSchoolIds.includes(assignment.schoolId);
}

/**
 * Why the caller may not make `change` to this person's account, or null when
 * she may. `roles` must be every role assignment the person holds (any scope).
 */
export function accountRefusal(caller: Caller, person: Pick<PersonDoc, '_id' | 'name' | 'countyId'>, roles: readonly RoleAssignmentDoc[], change: AccountChange): string | null {
  if (person._id === caller.person._id) {
    return `不能${change === '修改名册信息' ? '修改自己的名册信息（含状态、在岗）' : `给自己${change}`}，请由上级管理员办理`;
  }
  const above = roles.find((r) => !couldGrant(caller, r));
  if (!above) return null;
  const label = roleLabels[above.role];
  if (above.countyId !== person.countyId || (caller.viewer.adminCountyIds.length > 0 && !administersCounty(caller, above.countyId))) {
    return `「${person.name}」在其他县区担任${label}，您无权为其${change}`;
  }
  return `「${person.name}」是${label}，只有县级管理员可以为其${change}`;
}

/** Throws FORBIDDEN with {@link accountRefusal}'s words unless the change is allowed. */
export function assertMayChangeAccount(caller: Caller, person: Pick<PersonDoc, '_id' | 'name' | 'countyId'>, roles: readonly RoleAssignmentDoc[], change: AccountChange): void {
  const why = accountRefusal(caller, person, roles, change);
  if (why) throw new AppError('FORBIDDEN', why);
}

/** Throws FORBIDDEN unless the caller may grant (or revoke) `role` to a person of this county. */
export function assertMayGrantRole(caller: Caller, countyId: string, role: Role): void {
  if (administersCounty(caller, countyId) || schoolGrantableRoles.includes(role)) return;
  throw new AppError('FORBIDDEN', '学校只能设置教师和学分管理员角色；校长和县级管理员由县里设置');
}
