import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { RosterRow } from '../../../../shared/schemas/api/roster';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';

/** What importing one row will do. */
export interface RowPlan {
  row: number;
  input: RosterRow;
  school: SchoolDoc;
  existing: PersonDoc | null;
  outcome: 'created' | 'updated' | 'unchanged';
  patch: Partial<PersonDoc>;
}

function resolveSchool(row: RosterRow, schools: readonly SchoolDoc[]): SchoolDoc | string {
  if (row.schoolId !== undefined) return schools.find((s) => s._id === row.schoolId) ?? '学校不在您可管理的范围内';
  if (row.schoolName !== undefined) return schools.find((s) => s.name === row.schoolName) ?? `找不到学校「${row.schoolName}」`;
  return schools.length === 1 ? (schools[0] as SchoolDoc) : '请填写学校';
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

/**
 * Checks every row before anything is written: the school exists and is in
 * scope, the person is matched unambiguously (same school + name, and the same
 * ID tail or phone when given), and no row repeats another. Any problem →
 * INVALID_INPUT naming the rows; nothing is written.
 */
export async function planImport(deps: Deps, countyId: string, schools: readonly SchoolDoc[], rows: readonly RosterRow[]): Promise<RowPlan[]> {
  const people = await deps.store.find<PersonDoc>(collections.people, { countyId });
  const problems: string[] = [];
  const seen = new Set<string>();
  const plans: RowPlan[] = [];
  rows.forEach((input, i) => {
    const row = i + 1;
    const school = resolveSchool(input, schools);
    if (typeof school === 'string') { problems.push(`第 ${row} 行：${school}`); return; }
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
  if (problems.length > 0) {
    const more = problems.length > 5 ? `（共 ${problems.length} 处问题）` : '';
    throw new AppError('INVALID_INPUT', `名单有误，未导入任何人：${problems.slice(0, 5).join('；')}${more}`);
  }
  return plans;
}
