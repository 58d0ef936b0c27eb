import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import { roleAssignmentId, type RoleAssignmentDoc } from '../../../../shared/schemas/domain/role-assignment';
import type { RosterRow } from '../../../../shared/schemas/api/roster';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { appendAudit } from '../support/audit';
import { issueBindingCode } from '../support/binding-code';
import { newId } from '../support/ids';
import { addDays } from '../support/time';
import { planImport, type RowPlan } from './plan-import';
import { manageableSchools, rosterCounty } from './roster-scope';
import { schoolDirectory } from './school-directory';

/** How long a binding code stays valid. */
export const bindingCodeDays = 30;

type ImportResult = {
  dryRun: boolean; created: number; updated: number; unchanged: number;
  people: { row: number; personId: string | null; name: string; outcome: RowPlan['outcome']; bindingCode?: string }[];
};

/** Writes a new person with the teacher role; returns her and the binding code (shown once, stored hashed). */
async function createPerson(deps: Deps, caller: Caller, countyId: string, plan: RowPlan, now: string): Promise<{ person: PersonDoc; code: string }> {
  const issued = issueBindingCode();
  const person: PersonDoc = {
    _id: `p_${newId(deps)}`, countyId, schoolId: plan.school._id, name: plan.input.name, statuses: [],
    ...plan.patch, active: plan.input.active ?? true,
    bindingCodeHash: issued.hash, bindingCodeSalt: issued.salt, bindingCodeExpiresAt: addDays(now, bindingCodeDays), boundOpenid: null,
    version: 1, createdAt: now, updatedAt: now,
  };
  const role: RoleAssignmentDoc = {
    _id: roleAssignmentId(person._id, 'teacher', plan.school._id), personId: person._id, role: 'teacher',
    countyId, schoolId: plan.school._id, grantedBy: caller.person._id, grantedAt: now,
  };
  await deps.store.transaction(async (tx) => {
    await tx.add(collections.people, person);
    await tx.set(collections.roles, role);
    const { bindingCodeHash: _hash, bindingCodeSalt: _salt, ...logged } = person;
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: 'roster.import', targetCollection: collections.people, targetId: person._id,
      countyId, before: null, after: logged,
    });
  });
  return { person, code: issued.code };
}

async function updatePerson(deps: Deps, caller: Caller, plan: RowPlan, now: string): Promise<void> {
  const id = (plan.existing as PersonDoc)._id;
  await deps.store.transaction(async (tx) => {
    const current = await tx.get<PersonDoc>(collections.people, id);
    if (!current) throw new AppError('CONFLICT', `第 ${plan.row} 行：该人员刚被删除，请重新导入`);
    await tx.update(collections.people, id, { ...plan.patch, version: current.version + 1, updatedAt: now });
    const before = Object.fromEntries(Object.keys(plan.patch).map((k) => [k, (current as Record<string, unknown>)[k] ?? null]));
    await appendAudit(tx, deps, now, {
      actorId: caller.person._id, action: 'roster.import', targetCollection: collections.people, targetId: id,
      countyId: current.countyId, schoolId: (plan.patch as { schoolId?: string }).schoolId ?? current.schoolId, before, after: plan.patch,
    });
  });
}

/**
 * roster.import: creates or updates people from roster rows. Every row is
 * checked first (planImport): one bad row and nothing is written. Then each
 * person is written in its own transaction with its audit entry; re-running the
 * same import changes nothing. New people get the teacher role and a binding code.
 */
export async function importRoster(deps: Deps, caller: Caller, event: { rows: RosterRow[]; dryRun?: boolean }): Promise<ImportResult> {
  const countyId = rosterCounty(caller);
  const schools = await manageableSchools(deps, caller);
  const directory = await schoolDirectory(deps, caller, countyId, schools, event.rows);
  const plans = await planImport(deps, caller, countyId, directory, event.rows);
  const now = deps.clock();
  const people: ImportResult['people'] = [];
  for (const plan of plans) {
    if (event.dryRun) {
      people.push({ row: plan.row, personId: plan.existing?._id ?? null, name: plan.input.name, outcome: plan.outcome });
    } else if (plan.outcome === 'created') {
      const { person, code } = await createPerson(deps, caller, countyId, plan, now);
      people.push({ row: plan.row, personId: person._id, name: person.name, outcome: 'created', bindingCode: code });
    } else {
      if (plan.outcome === 'updated') await updatePerson(deps, caller, plan, now);
      people.push({ row: plan.row, personId: (plan.existing as PersonDoc)._id, name: plan.input.name, outcome: plan.outcome });
    }
  }
  const count = (o: RowPlan['outcome']) => plans.filter((p) => p.outcome === o).length;
  return { dryRun: event.dryRun ?? false, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), people };
}
