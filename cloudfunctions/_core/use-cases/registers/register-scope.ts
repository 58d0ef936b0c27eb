import { collections } from '../../../../shared/schemas/domain/collections';
import type { CountyDoc } from '../../../../shared/schemas/domain/county';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { administersCounty, requireReviewer } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { schoolInReviewScope } from '../support/school-scope';

/**
 * The school a register or log read is about: the one asked for if the caller
 * reviews it (its principal / credit officer, or admin of its county), else her
 * own school. A county admin must name one. FORBIDDEN / NOT_FOUND otherwise.
 */
export async function registerSchool(deps: Deps, caller: Caller, requested?: string): Promise<SchoolDoc> {
  requireReviewer(caller);
  const schoolId = requested ?? caller.viewer.reviewerSchoolIds[0];
  if (!schoolId) throw new AppError('INVALID_INPUT', '请选择学校');
  return schoolInReviewScope(deps, caller, schoolId, '只能导出本校（本县）的登记表', { whenMissing: requested ? 'FORBIDDEN' : 'NOT_FOUND' });
}

/** The county's display name ("通榆县"); the id when the county document is missing. */
export async function countyName(deps: Deps, countyId: string): Promise<string> {
  const county = await deps.store.get<CountyDoc>(collections.counties, countyId);
  return county?.name ?? countyId;
}

/** Schools the caller may export or read the log of: all of her county's (admin), else the ones she reviews. */
export async function registerSchools(deps: Deps, caller: Caller): Promise<{ countyId: string; county: boolean; schools: SchoolDoc[] }> {
  requireReviewer(caller);
  const countyId = caller.viewer.adminCountyIds[0] ?? caller.person.countyId;
  const all = await deps.store.find<SchoolDoc>(collections.schools, { countyId }, { orderBy: [{ field: 'name', direction: 'asc' }] });
  const county = administersCounty(caller, countyId);
  return { countyId, county, schools: county ? all : all.filter((s) => caller.viewer.reviewerSchoolIds.includes(s._id)) };
}
