import type { ExportMeta, PolicyLine, SchoolRegisterInput, TeacherRegisterInput } from '../../../../shared/registers';
import { statusNotesFor } from '../../../../shared/registers';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { PolicyInForce } from '../policy/policy-in-force';
import { teacherContextOf, toCreditRecord } from '../progress/engine-input';
import { activeTeachersIn } from '../support/teacher-queries';
import { chinaDate, chinaTime } from '../support/time';

/** Who exported, when (Beijing wall clock), as of which day. */
export function exportMeta(now: string, exportedByName: string): ExportMeta {
  return {
    exportedByName,
    exportedAt: now,
    exportedAtText: chinaTime(now, 'YYYY-MM-DD HH:mm'),
    asOf: chinaDate(now),
  };
}

/** The policy publication as registers name it. */
export function policyLine(policy: PolicyInForce): PolicyLine {
  return { policy: policy.compiled.policy, version: policy.doc.version, publishedOn: chinaDate(policy.doc.publishedAt) };
}

/**
 * One teacher's register facts: her approved records of the year and the engine's report —
 * `detail` (per-record credits, for a card) or a summary (category figures only, for a table).
 */
export function teacherRegister(person: PersonDoc, approved: readonly RecordDoc[], policy: PolicyInForce, year: number, asOf: string, detail = true): TeacherRegisterInput {
  return {
    teacherId: person._id,
    name: person.name,
    subject: person.subject ?? null,
    statusNotes: statusNotesFor(person.statuses, year),
    records: approved.filter((r) => r.year === year).map((r) => ({ id: r._id, input: r.input })),
    report: policy.compiled.compute(approved.map(toCreditRecord), teacherContextOf(person), asOf, detail ? undefined : { detail: 'summary' }),
  };
}

/**
 * Every active teacher in `scope` (a school or a county) with her approved
 * records and report, grouped by school id, from {@link activeTeachersIn}.
 */
export async function teachersBySchool(
  deps: Deps, scope: Filter, policy: PolicyInForce, year: number, asOf: string, options: { teacherId?: string; detail: boolean },
): Promise<Map<string, TeacherRegisterInput[]>> {
  const out = new Map<string, TeacherRegisterInput[]>();
  for (const { person, approved } of await activeTeachersIn(deps, scope, { teacherId: options.teacherId })) {
    const line = teacherRegister(person, approved, policy, year, asOf, options.detail);
    const list = out.get(person.schoolId);
    if (list) list.push(line);
    else out.set(person.schoolId, [line]);
  }
  return out;
}

/** A school's register input. */
export function schoolRegister(countyName: string, school: SchoolDoc, year: number, policy: PolicyInForce, teachers: TeacherRegisterInput[], meta: ExportMeta): SchoolRegisterInput {
  return { countyName, schoolName: school.name, year, policy: policyLine(policy), teachers, meta };
}
