import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { appendAudit } from '../support/audit';
import { issueBindingCode } from '../support/binding-code';
import { addDays } from '../support/time';
import { bindingCodeDays } from './import-roster';
import { manageableAccount } from './roster-scope';

/**
 * roster.invite: a fresh single-use binding code for a person (the previous one
 * stops working). With `resetBinding` the current WeChat is unbound at once
 * (lost or changed phone). The code is returned once; only its salted hash is
 * stored, and neither is logged. Only for someone whose roles the caller could
 * grant herself, never for herself (auth/account-authority).
 */
export async function invite(deps: Deps, caller: Caller, event: { personId: string; resetBinding?: boolean }) {
  const { person } = await manageableAccount(deps, caller, event.personId, event.resetBinding === true ? '解除微信绑定' : '发放绑定码');
  if (!person.active) throw new AppError('INVALID_STATE', '该人员已不在岗，不能发放绑定码');
  const now = deps.clock();
  const issued = issueBindingCode();
  const expiresAt = addDays(now, bindingCodeDays);
  await deps.store.transaction(async (tx) => {
    const current = await tx.get<PersonDoc>(collections.people, person._id);
    if (!current) throw new AppError('NOT_FOUND', '名册中没有这个人');
    const reset = event.resetBinding === true && current.boundOpenid !== null;
    if (reset) await tx.remove(collections.bindings, current.boundOpenid as string);
    await tx.update(collections.people, current._id, {
      bindingCodeHash: issued.hash, bindingCodeSalt: issued.salt, bindingCodeExpiresAt: expiresAt, ...(reset ? { boundOpenid: null } : {}),
      version: current.version + 1, updatedAt: now,
    });
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: 'roster.invite', targetCollection: collections.people, targetId: current._id,
      countyId: current.countyId, schoolId: current.schoolId, before: { bound: current.boundOpenid !== null }, after: { bound: !reset && current.boundOpenid !== null, codeIssued: true, expiresAt },
    });
  });
  return { personId: person._id, name: person.name, code: issued.code, expiresAt };
}
