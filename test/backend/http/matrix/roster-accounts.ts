/**
 * THE ACCOUNT MATRIX: every roster write that touches an existing person ×
 * caller role × the target's role (issue 6, decision 005). Same cell meanings as
 * table.ts: ok (allowed, writes land), CODE (refused, nothing written), - (n/a).
 * All targets are in the callers' own school (通榆一中), so scope is never the
 * reason: only the target's roles and whether she is the caller herself are.
 * Callers: teacher = 赵磊; officer = 孙丽华 (credit officer); principal = 王建国;
 * admin = 刘淑琴 (county admin, belongs to no school).
 */
import type { Cell } from './table';
import { openids, schoolOf, type MatrixWorld } from './world';

export type AccountCaller = 'teacher' | 'officer' | 'principal' | 'admin';
export type AccountTarget = 'teacher' | 'credit-officer' | 'principal' | 'county-admin' | 'self';
export type AccountChange = 'invite' | 'invite-reset' | 'grant' | 'revoke' | 'import-statuses' | 'import-leave' | 'import-contact';
export type AccountRow = [change: AccountChange, target: AccountTarget, teacher: Cell, officer: Cell, principal: Cell, admin: Cell];

export const accountCallers: readonly AccountCaller[] = ['teacher', 'officer', 'principal', 'admin'];
export const accountCallerOpenid: Record<AccountCaller, string> = {
  teacher: openids.teacher, officer: openids.officer, principal: openids.reviewer, admin: openids.admin,
};
const selfName: Record<AccountCaller, string | null> = { teacher: '赵磊', officer: '孙丽华', principal: '王建国', admin: null };

const F = 'FORBIDDEN';
const changes: readonly AccountChange[] = ['invite', 'invite-reset', 'grant', 'revoke', 'import-statuses', 'import-leave', 'import-contact'];

/** Expected cells per target, the same for every change (exceptions below). */
const byTarget: Record<AccountTarget, [Cell, Cell, Cell, Cell]> = {
  // target             teacher officer principal admin
  teacher:              [F,     'ok',   'ok',     'ok'],
  'credit-officer':     [F,     F,      F,        'ok'],
  principal:            [F,     F,      F,        'ok'],
  'county-admin':       [F,     F,      F,        'ok'],
  self:                 [F,     F,      F,        F],
};

export const accountMatrix: AccountRow[] = changes.flatMap((change) => (Object.keys(byTarget) as AccountTarget[]).map((target): AccountRow => {
  const cells = [...byTarget[target]] as [Cell, Cell, Cell, Cell];
  // Granting credit officer to a credit officer changes nothing; the admin has no school row to import over.
  if (change === 'grant' && target === 'credit-officer') cells[3] = '-';
  if (change.startsWith('import') && target === 'self') cells[3] = '-';
  return [change, target, ...cells];
}));

/** A target of that role in 一中, made fresh by the county admin (or the caller herself). */
async function target(w: MatrixWorld, kind: AccountTarget, caller: AccountCaller): Promise<{ personId: string; name: string }> {
  if (kind === 'self') {
    return { personId: await w.personIdOf(accountCallerOpenid[caller]), name: selfName[caller] ?? '刘淑琴' };
  }
  const data = await w.setup<{ people: { personId: string; name: string }[] }>(
    'roster', { action: 'import', rows: [{ name: `账号${w.nextId()}`, schoolId: schoolOf.own }] }, openids.admin);
  const p = data.people[0];
  if (!p) throw new Error('import made nobody');
  if (kind !== 'teacher') await w.setup('roster', { action: 'set-role', personId: p.personId, role: kind, grant: true }, openids.admin);
  return p;
}

/** The event that makes `change` to a fresh target of kind `kind`. */
export async function prepareAccountCell(w: MatrixWorld, change: AccountChange, kind: AccountTarget, caller: AccountCaller): Promise<Record<string, unknown>> {
  const p = await target(w, kind, caller);
  const row = { name: p.name, schoolId: schoolOf.own };
  switch (change) {
    case 'invite': return { action: 'invite', personId: p.personId };
    case 'invite-reset': return { action: 'invite', personId: p.personId, resetBinding: true };
    case 'grant': return { action: 'set-role', personId: p.personId, role: 'credit-officer', grant: true };
    case 'revoke': return { action: 'set-role', personId: p.personId, role: 'teacher', grant: false };
    case 'import-statuses': return { action: 'import', rows: [{ ...row, statuses: [{ status: 'maternity', years: [2026] }] }] };
    case 'import-leave': return { action: 'import', rows: [{ ...row, active: false }] };
    case 'import-contact': return { action: 'import', rows: [{ ...row, subject: `地理${w.nextId()}` }] };
  }
}
