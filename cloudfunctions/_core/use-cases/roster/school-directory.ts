import { collections } from '../../../../shared/schemas/domain/collections';
import type { CountyDoc } from '../../../../shared/schemas/domain/county';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { RosterRow } from '../../../../shared/schemas/api/roster';
import type { Caller } from '../../auth/resolve-caller';
import { administersCounty } from '../../auth/scope';
import type { Deps } from '../../deps';

/**
 * Where a roster row goes: a school the importer manages; a school that exists
 * but is not hers (an authorization failure → FORBIDDEN); or a mistake in the
 * row (unknown school, none given → INVALID_INPUT). Messages name the school.
 */
export type SchoolLookup = { school: SchoolDoc } | { forbidden: string } | { invalid: string };

export interface SchoolDirectory { resolve(row: RosterRow): SchoolLookup }

/**
 * Loads what resolving the rows needs in a few reads: the schools of the
 * caller's county, and the schools (with their counties) that rows name by id
 * outside it. A school is found by id anywhere, by name only within the county
 * (names are only unique there).
 */
export async function schoolDirectory(deps: Deps, caller: Caller, countyId: string, manageable: readonly SchoolDoc[], rows: readonly RosterRow[]): Promise<SchoolDirectory> {
  const inCounty = await deps.store.find<SchoolDoc>(collections.schools, { countyId });
  const outsideIds = [...new Set(rows.map((r) => r.schoolId).filter((id): id is string => id !== undefined && !inCounty.some((s) => s._id === id)))];
  const outside = outsideIds.length === 0 ? [] : await deps.store.find<SchoolDoc>(collections.schools, { _id: { in: outsideIds } });
  const countyIds = [...new Set([countyId, ...outside.map((s) => s.countyId)])];
  const counties = await deps.store.find<CountyDoc>(collections.counties, { _id: { in: countyIds } });
  const countyName = (id: string) => counties.find((c) => c._id === id)?.name ?? '其他县';
  const isAdmin = administersCounty(caller, countyId);

  const judge = (school: SchoolDoc): SchoolLookup => {
    if (manageable.some((s) => s._id === school._id)) return { school };
    if (isAdmin) return { forbidden: `「${school.name}」属于${countyName(school.countyId)}，不在您管理的${countyName(countyId)}范围内` };
    return { forbidden: `「${school.name}」不是您管理的学校，学校审核人只能导入本校人员` };
  };
  return {
    resolve(row) {
      if (row.schoolId !== undefined) {
        const school = inCounty.find((s) => s._id === row.schoolId) ?? outside.find((s) => s._id === row.schoolId);
        return school ? judge(school) : { invalid: `找不到编号为「${row.schoolId}」的学校` };
      }
      if (row.schoolName !== undefined) {
        const school = inCounty.find((s) => s.name === row.schoolName);
        return school ? judge(school) : { invalid: `找不到学校「${row.schoolName}」` };
      }
      return manageable.length === 1 ? { school: manageable[0] as SchoolDoc } : { invalid: '请填写学校' };
    },
  };
}
