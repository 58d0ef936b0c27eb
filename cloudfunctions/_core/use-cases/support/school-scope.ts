/**
 * "Is this school in the caller's scope?" — the one place that loads a school
 * and checks it against the caller's review scope, for every action that
 * takes a school id (queue, school progress, teacher table, registers).
 */
import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Caller } from '../../auth/resolve-caller';
import { reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';

/**
 * The school `schoolId`, proved in the caller's scope: she is its principal or
 * credit officer, or administers its county. FORBIDDEN with `refusal` (the
 * action's own Chinese words) otherwise — also when no such school exists, so a
 * refusal does not tell which ids are real. `whenMissing: 'NOT_FOUND'` is for
 * a school the caller did not name (her own school's document is gone).
 */
export async function schoolInReviewScope(
  deps: Deps, caller: Caller, schoolId: string, refusal: string, options: { whenMissing?: 'FORBIDDEN' | 'NOT_FOUND' } = {},
): Promise<SchoolDoc> {
  const school = await deps.store.get<SchoolDoc>(collections.schools, schoolId);
  if (!school) throw new AppError(options.whenMissing ?? 'FORBIDDEN', refusal);
  if (!reviewsSchool(caller, school._id, school.countyId)) throw new AppError('FORBIDDEN', refusal);
  return school;
}
