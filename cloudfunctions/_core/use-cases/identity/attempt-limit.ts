import type { BindAttemptDoc } from '../../../../shared/schemas/domain/bind-attempt';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { Deps } from '../../deps';
import type { DocumentTransaction } from '../../ports/document-store';
import { AppError } from '../app-error';
import { digest } from '../support/ids';
import { addMinutes, chinaClock, minutesUntil } from '../support/time';

/** Wrong tries allowed within `bindWindowMinutes` before a lock. */
export const maxBindTries = 5;
/** How long tries are remembered, and how long a lock lasts. */
export const bindWindowMinutes = 15;

/** The counter ids for a try: one per openid, one per name as typed (hashed: neither is stored in the clear). */
export function attemptIds(openid: string, name: string): { openid: string; name: string } {
  return { openid: `o_${digest('bind-openid', openid).slice(0, 32)}`, name: `n_${digest('bind-name', name).slice(0, 32)}` };
}

/** The refusal while locked, saying when to try again (Beijing time). */
export function tooManyAttempts(lockedUntil: string, now: string): AppError {
  return new AppError('TOO_MANY_ATTEMPTS',
    `姓名或绑定码输错次数过多，已暂停绑定。请 ${minutesUntil(now, lockedUntil)} 分钟后再试（北京时间 ${chinaClock(lockedUntil)} 以后）`);
}

/** What one counted try leaves. */
export interface ReservedTry {
  /** Wrong tries still allowed after this one; 0 = a wrong answer now locks. */
  left: number;
  /** When this try, if wrong, leaves the caller locked until. */
  lockedUntil: string;
}

const isLocked = (doc: BindAttemptDoc | null, now: string) => !!doc?.lockedUntil && doc.lockedUntil > now;

/** The counter after one more try at `now`: a new window once the old one (or its lock) has passed. */
function counted(id: string, kind: BindAttemptDoc['kind'], doc: BindAttemptDoc | null, now: string): BindAttemptDoc {
  const windowOver = !doc || (doc.lockedUntil !== null ? doc.lockedUntil <= now : addMinutes(doc.windowStartedAt, bindWindowMinutes) <= now);
  const tries = windowOver ? 1 : doc.tries + 1;
  return {
    _id: id, kind, tries, windowStartedAt: windowOver ? now : doc.windowStartedAt,
    lockedUntil: tries >= maxBindTries ? addMinutes(now, bindWindowMinutes) : null, updatedAt: now,
  };
}

/**
 * Counts this try for the openid and the name BEFORE the code is checked, in
 * one transaction, so a burst of parallel guesses is counted like a sequence
 * (at most `maxBindTries` are ever checked). Locked → TOO_MANY_ATTEMPTS and
 * nothing written. A successful bind removes both counters (`clearAttemptsInTx`).
 */
export function reserveBindTry(deps: Deps, openid: string, name: string, now: string): Promise<ReservedTry> {
  const ids = attemptIds(openid, name);
  return deps.store.transaction(async (tx) => {
    const byOpenid = await tx.get<BindAttemptDoc>(collections.bindAttempts, ids.openid);
    const byName = await tx.get<BindAttemptDoc>(collections.bindAttempts, ids.name);
    const locks = [byOpenid, byName].filter((d) => isLocked(d, now)).map((d) => d?.lockedUntil as string);
    if (locks.length > 0) throw tooManyAttempts(locks.sort().at(-1) as string, now);
    const next = [counted(ids.openid, 'openid', byOpenid, now), counted(ids.name, 'name', byName, now)];
    for (const doc of next) await tx.set(collections.bindAttempts, doc);
    return { left: Math.max(0, maxBindTries - Math.max(...next.map((d) => d.tries))), lockedUntil: addMinutes(now, bindWindowMinutes) };
  });
}

/** Inside the bind transaction: a right answer forgets the tries of this openid and name. */
export async function clearAttemptsInTx(tx: DocumentTransaction, openid: string, name: string): Promise<void> {
  const ids = attemptIds(openid, name);
  await tx.remove(collections.bindAttempts, ids.openid);
  await tx.remove(collections.bindAttempts, ids.name);
}
