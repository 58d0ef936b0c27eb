import type { Caller } from './resolve-caller';
import { AppError } from '../use-cases/app-error';

/**
 * Role and scope checks. Each returns the scope it proved or throws FORBIDDEN
 * with a Chinese message; use-cases call one before touching data.
 */

/** The caller as a teacher: her school and county. */
export function requireTeacher(caller: Caller): { schoolId: string; countyId: string } {
  const role = caller.roles.find((r) => r.role === 'teacher' && r.schoolId);
  if (!role || !role.schoolId || caller.person.schoolId !== role.schoolId) {
    throw new AppError('FORBIDDEN', '只有在册教师可以提交学时记录');
  }
  return { schoolId: role.schoolId, countyId: role.countyId };
}

/** True when the caller reviews this school (its principal/credit officer, or admin of its county). */
export function reviewsSchool(caller: Caller, schoolId: string, countyId: string): boolean {
  return caller.viewer.reviewerSchoolIds.includes(schoolId) || caller.viewer.adminCountyIds.includes(countyId);
}

/** True when the caller administers this county. */
export function administersCounty(caller: Caller, countyId: string): boolean {
  return caller.viewer.adminCountyIds.includes(countyId);
}

/** Throws unless the caller reviews or administers something. */
export function requireReviewer(caller: Caller): void {
  if (caller.viewer.reviewerSchoolIds.length === 0 && caller.viewer.adminCountyIds.length === 0) {
    throw new AppError('FORBIDDEN', '只有学校审核人或县级管理员可以进行此操作');
  }
}

/**
 * The county the caller administers: `requested` if given and hers, else her
 * only county. FORBIDDEN when she administers none (or not that one).
 */
export function requireCountyAdmin(caller: Caller, requested?: string): string {
  const counties = caller.viewer.adminCountyIds;
  if (counties.length === 0) throw new AppError('FORBIDDEN', '只有县级管理员可以进行此操作');
  if (requested === undefined) return counties[0] as string;
  if (!counties.includes(requested)) throw new AppError('FORBIDDEN', '只能管理本县的数据');
  return requested;
}

/**
 * The school a reviewer-level action applies to: `requested` if the caller
 * reviews it (checked against the school's county by the caller of this
 * function), else her own school. FORBIDDEN otherwise.
 */
export function defaultReviewSchool(caller: Caller, requested?: string): string | undefined {
  if (requested !== undefined) return requested;
  return caller.viewer.reviewerSchoolIds[0] ?? caller.person.schoolId ?? undefined;
}
