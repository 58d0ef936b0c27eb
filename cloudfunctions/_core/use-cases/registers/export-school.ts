import { cardWorkbook, schoolTableWorkbook } from '../../../../shared/registers';
import type { ExportData } from '../../../../shared/schemas/api/registers';
import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaDate, chinaYear } from '../support/time';
import { exportMeta, schoolRegister, teachersBySchool } from './register-data';
import { countyName, registerSchool } from './register-scope';
import { saveExport } from './save-export';
import { sessionListRows } from './session-list';

/**
 * registers.card / registers.school-table: a school's 学分登记卡 (one sheet per
 * teacher, or only `teacherId`) or 学分统计表 for a year, computed now from
 * approved records under the county's policy in force, saved and logged.
 */
export async function exportSchoolRegister(
  deps: Deps, caller: Caller, kind: 'card' | 'school-table', input: { schoolId?: string; teacherId?: string; year?: number },
): Promise<ExportData> {
  const school = await registerSchool(deps, caller, input.schoolId);
  const now = deps.clock();
  const year = input.year ?? chinaYear(now);
  const policy = await requirePolicyInForce(deps, school.countyId, year);
  const [county, bySchool] = await Promise.all([
    countyName(deps, school.countyId),
    teachersBySchool(deps, { schoolId: school._id }, policy, year, chinaDate(now), { teacherId: input.teacherId, detail: kind === 'card' }),
  ]);
  const teachers = bySchool.get(school._id) ?? [];
  if (input.teacherId && teachers.length === 0) throw new AppError('NOT_FOUND', '本校在册教师中没有这个人');
  const register = schoolRegister(county, school, year, policy, teachers, exportMeta(now, caller.person.name));
  const book = kind === 'card' ? cardWorkbook(register) : schoolTableWorkbook({ ...register, sessions: await sessionListRows(deps, school.countyId, year, school._id) });
  const subject = input.teacherId && teachers[0] ? `${school.name}${teachers[0].name}` : school.name;
  return saveExport(deps, caller, book, {
    kind, countyId: school.countyId, schoolId: school._id, schoolName: school.name, teacherId: input.teacherId ?? null, year,
    subject, teacherCount: teachers.length, policy,
  }, now);
}
