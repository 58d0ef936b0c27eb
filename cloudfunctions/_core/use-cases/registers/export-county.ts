import { countyTableWorkbook } from '../../../../shared/registers';
import type { ExportData } from '../../../../shared/schemas/api/registers';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { requireCountyAdmin } from '../../auth/scope';
import type { Deps } from '../../deps';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { chinaDate, chinaYear } from '../support/time';
import { exportMeta, policyLine, schoolRegister, teachersBySchool } from './register-data';
import { countyName } from './register-scope';
import { saveExport } from './save-export';
import { sessionListRows } from './session-list';

/** registers.county-table (county admin): 全县汇总 plus every school's 统计表, one workbook. */
export async function exportCountyTable(deps: Deps, caller: Caller, input: { countyId?: string; year?: number }): Promise<ExportData> {
  const countyId = requireCountyAdmin(caller, input.countyId);
  const now = deps.clock();
  const year = input.year ?? chinaYear(now);
  const policy = await requirePolicyInForce(deps, countyId, year);
  const [name, schools, bySchool] = await Promise.all([
    countyName(deps, countyId),
    deps.store.find<SchoolDoc>(collections.schools, { countyId }, { orderBy: [{ field: 'name', direction: 'asc' }] }),
    teachersBySchool(deps, { countyId }, policy, year, chinaDate(now), { detail: false }),
  ]);
  const meta = exportMeta(now, caller.person.name);
  const registers = schools.map((s) => schoolRegister(name, s, year, policy, bySchool.get(s._id) ?? [], meta));
  const sessions = await sessionListRows(deps, countyId, year);
  const book = countyTableWorkbook({ countyName: name, year, policy: policyLine(policy), schools: registers, meta, sessions });
  return saveExport(deps, caller, book, {
    kind: 'county-table', countyId, schoolId: null, schoolName: null, teacherId: null, year, subject: name,
    teacherCount: registers.reduce((n, r) => n + r.teachers.length, 0), policy,
  }, now);
}
