import { collections } from '../../../../shared/schemas/domain/collections';
import type { BindingDoc } from '../../../../shared/schemas/domain/binding';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { BindData } from '../../../../shared/schemas/api/identity';
import { findBoundPerson, requireOpenid } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { appendAudit } from '../support/audit';
import { bindingCodeMatches } from '../support/binding-code';
import { boundIdentity } from '../support/person-view';
import { bindWindowMinutes, clearAttemptsInTx, reserveBindTry, tooManyAttempts, type ReservedTry } from './attempt-limit';

/** The answer to a wrong name or code: the same for both, with a warning when a lock is near. */
function wrongCode(attempt: ReservedTry, now: string): AppError {
  if (attempt.left === 0) return tooManyAttempts(attempt.lockedUntil, now);
  const warning = attempt.left <= 2 ? `（再输错 ${attempt.left} 次将暂停绑定 ${bindWindowMinutes} 分钟）` : '';
  return new AppError('NOT_FOUND', `姓名或绑定码不正确，请核对后重试；绑定码可向学校或县里索取${warning}`);
}

/** True when the person may be bound with `code` at `now`. */
function codeMatches(person: PersonDoc | null, name: string, code: string, now: string): person is PersonDoc {
  return !!person && person.active && person.name === name && bindingCodeMatches(person, code)
    && (person.bindingCodeExpiresAt === null || person.bindingCodeExpiresAt > now);
}

/**
 * identity.bind: binds the caller's WeChat to the roster person with this name
 * and binding code. The code is single-use (cleared on success). Re-binding a
 * person moves her to the new WeChat and drops the old binding. Wrong name or
 * code give the same answer, so neither can be probed alone; every try is
 * counted first (per openid and per name, `attempt-limit.ts`), so codes cannot
 * be guessed. Codes are stored hashed with a per-person salt, so the person is
 * found by name and the code checked against each namesake's hash.
 */
export async function bind(deps: Deps, input: { name: string; code: string }): Promise<BindData> {
  const openid = requireOpenid(deps);
  const now = deps.clock();
  const already = await findBoundPerson(deps, openid);
  if (already) {
    if (already.name !== input.name) throw new AppError('CONFLICT', '此微信已绑定其他教师身份，如需更换请联系学校管理员');
    const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: already._id });
    return boundIdentity(deps, already, roles);
  }
  const attempt = await reserveBindTry(deps, openid, input.name, now);
  const namesakes = await deps.store.find<PersonDoc>(collections.people, { name: input.name });
  const match = namesakes.find((p) => codeMatches(p, input.name, input.code, now));
  if (!match) throw wrongCode(attempt, now);

  const person = await deps.store.transaction(async (tx) => {
    const current = await tx.get<PersonDoc>(collections.people, match._id);
    if (!codeMatches(current, input.name, input.code, now)) throw wrongCode(attempt, now);
    const existing = await tx.get<BindingDoc>(collections.bindings, openid);
    if (existing && existing.personId !== current._id) {
      const other = await tx.get<PersonDoc>(collections.people, existing.personId);
      if (other?.boundOpenid === openid) throw new AppError('CONFLICT', '此微信已绑定其他教师身份，如需更换请联系学校管理员');
    }
    if (current.boundOpenid && current.boundOpenid !== openid) await tx.remove(collections.bindings, current.boundOpenid);
    const binding: BindingDoc = { _id: openid, openid, personId: current._id, boundAt: now };
    await tx.set(collections.bindings, binding);
    const patch = {
      boundOpenid: openid, bindingCodeHash: null, bindingCodeSalt: null, bindingCodeExpiresAt: null, version: current.version + 1, updatedAt: now,
    };
    await tx.update(collections.people, current._id, patch);
    await clearAttemptsInTx(tx, openid, input.name);
    await appendAudit(tx, deps, now, {
      actorId: current._id, action: 'identity.bind', targetCollection: collections.people, targetId: current._id,
      countyId: current.countyId, schoolId: current.schoolId, // The openid itself stays out of the log: only whether a WeChat was (re)bound.
      before: { bound: current.boundOpenid !== null }, after: { bound: true },
    });
    return { ...current, ...patch };
  });
  const roles = await deps.store.find<RoleAssignmentDoc>(collections.roles, { personId: person._id });
  return boundIdentity(deps, person, roles);
}
