import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { RosterRow } from '../../../../shared/schemas/api/roster';
import { accountRefusal } from '../../auth/account-authority';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { rolesOfPeople } from './roster-scope';
import type { SchoolDirectory } from './school-directory';

/** What importing one row will do. */
export interface RowPlan {
  row: number;
  input: RosterRow;
  school: SchoolDoc;
  existing: PersonDoc | null;
  outcome: 'created' | 'updated' | 'unchanged';
  patch: Partial<PersonDoc>;
}

/** Fields a row sets on a person (only those present in the row). */
function rowFields(row: RosterRow): Partial<PersonDoc> {
  const out: Partial<PersonDoc> = {};
  if (row.phone !== undefined) out.phone = row.phone;
  if (row.idLast6 !== undefined) out.idLast6 = row.idLast6;
  if (row.subject !== undefined) out.subject = row.subject;
  if (row.statuses !== undefined) out.statuses = row.statuses;
  if (row.hiredOn !== undefined) out.hiredOn = row.hiredOn;
  if (row.active !== undefined) out.active = row.active;
  return out;
}

function changed(person: PersonDoc, fields: Partial<PersonDoc>): Partial<PersonDoc> {
  const out: Partial<PersonDoc> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (JSON.stringify((person as Record<string, unknown>)[k]) !== JSON.stringify(v)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** The refusal for a list with problems: FORBIDDEN when any row is out of the importer's reach (school or person), listing those first. */
function refusal(forbidden: readonly string[], problems: readonly string[]): AppError {
  const all = [...forbidden, ...problems];
  const listed = `${all.slice(0, 5).join('；')}${all.length > 5 ? `（共 ${all.length} 处问题）` : ''}`;
  if (forbidden.length > 0) {
    return new AppError('FORBIDDEN', `名单中有您无权管理的学校或人员，未导入任何人：${listed}。请删去这些行，或请该校（该县）的管理员导入`);
  }
  return new AppError('INVALID_INPUT', `名单有误，未导入任何人：${listed}`);
}

/**
 * Checks every row before anything is written: the school exists and is in
 * scope, the person is matched unambiguously (same school + name, and the same
 * ID tail or phone when given), and no row repeats another. A school out of the
 * importer's scope, or a row that would change someone whose account the
 * importer may not touch (herself, or anyone holding a role she could not grant:
 * auth/account-authority) → FORBIDDEN; other problems → INVALID_INPUT; either
 * way the message names the rows and nothing is written (dry runs included).
 */
export async function planImport(deps: Deps, caller: Caller, countyId: string, directory: SchoolDirectory, rows: readonly RosterRow[]): Promise<RowPlan[]> {
  const people = await deps.store.find<PersonDoc>(collections.people, { countyId });
  const forbidden: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const plans: RowPlan[] = [];
  rows.forEach((input, i) => {
    const row = i + 1;
    const found = directory.resolve(input);
    if ('forbidden' in found) { forbidden.push(`第 ${row} 行：${found.forbidden}`); return; }
    if ('invalid' in found) { problems.push(`第 ${row} 行：${found.invalid}`); return; }
    const { school } = found;
    const key = `${school._id}|${input.name}|${input.idLast6 ?? input.phone ?? ''}`;
    if (seen.has(key)) { problems.push(`第 ${row} 行：与前面的行重复`); return; }
    seen.add(key);
    const sameName = people.filter((p) => p.schoolId === school._id && p.name === input.name);
    const matches = sameName.filter((p) => (input.idLast6 === undefined || p.idLast6 === undefined || p.idLast6 === input.idLast6)
      && (input.phone === undefined || p.phone === undefined || p.phone === input.phone));
    if (matches.length > 1) { problems.push(`第 ${row} 行：本校有同名教师「${input.name}」，请填写身份证后六位以区分`); return; }
    const existing = matches[0] ?? null;
    const fields = rowFields(input);
    const patch = existing ? changed(existing, fields) : fields;
    const outcome = !existing ? 'created' : Object.keys(patch).length > 0 ? 'updated' : 'unchanged';
    plans.push({ row, input, school, existing, outcome, patch });
  });
  const updates = plans.filter((p) => p.outcome === 'updated');
  const rolesOf = await rolesOfPeople(deps, updates.map((p) => (p.existing as PersonDoc)._id));
  for (const plan of updates) {
    const person = plan.existing as PersonDoc;
    const why = accountRefusal(caller, person, rolesOf.get(person._id) ?? [], '修改名册信息');
    if (why) forbidden.push(`第 ${plan.row} 行：${why}`);
  }
  if (forbidden.length > 0 || problems.length > 0) throw refusal(forbidden, problems);
  return plans;
}
