import { collections } from '../../../../shared/schemas/domain/collections';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { Standing, TeacherSummaryDoc } from '../../../../shared/schemas/domain/teacher-summary';
import type { Caller } from '../../auth/resolve-caller';
import { defaultReviewSchool, requireReviewer } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { schoolInReviewScope } from '../support/school-scope';
import { chinaYear } from '../support/time';
import { refreshSummaries } from './summaries/refresh-summaries';

export interface TeachersInput {
  schoolId?: string; year?: number; categoryId?: string; standing?: Standing;
  sort?: 'shortfall' | 'name'; limit?: number; skip?: number;
}

/** Biggest gap first; among equals, more missing items, then by name (stable paging). */
const byShortfall = (a: TeacherSummaryDoc, b: TeacherSummaryDoc) =>
  b.shortfall - a.shortfall || b.missingCount - a.missingCount || a.name.localeCompare(b.name, 'zh-Hans-CN') || a.teacherId.localeCompare(b.teacherId);
const byName = (a: TeacherSummaryDoc, b: TeacherSummaryDoc) => a.name.localeCompare(b.name, 'zh-Hans-CN') || a.teacherId.localeCompare(b.teacherId);

/** The school a reviewer asks about, proved in scope. */
export async function schoolInScope(deps: Deps, caller: Caller, requested: string | undefined): Promise<SchoolDoc> {
  requireReviewer(caller);
  const schoolId = defaultReviewSchool(caller, requested);
  if (!schoolId) throw new AppError('INVALID_INPUT', '请选择学校');
  return schoolInReviewScope(deps, caller, schoolId, '只能查看本校（本县）的学分情况');
}

/**
 * progress.teachers: one school's teachers as table rows from the materialised
 * summaries, filtered (standing, a category still short), sorted and paged here.
 */
export async function schoolTeachers(deps: Deps, caller: Caller, input: TeachersInput) {
  const school = await schoolInScope(deps, caller, input.schoolId);
  const year = input.year ?? chinaYear(deps.clock());
  const policy = await requirePolicyInForce(deps, school.countyId, year);
  const mark = await refreshSummaries(deps, school.countyId, year, policy);
  const mine = await deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { schoolId: school._id, year });
  const counts = { met: 0, 'in-progress': 0, behind: 0 };
  for (const s of mine) counts[s.standing] += 1;
  const matching = mine
    .filter((s) => !input.standing || s.standing === input.standing)
    .filter((s) => !input.categoryId || s.shortCategories.some((c) => c.id === input.categoryId))
    .sort(input.sort === 'name' ? byName : byShortfall);
  const skip = input.skip ?? 0;
  const page = matching.slice(skip, skip + (input.limit ?? 50));
  return {
    policy: policy.ref, schoolId: school._id, schoolName: school.name, categories: mark.categories, counts,
    items: page.map((s) => ({
      teacherId: s.teacherId, name: s.name, subject: s.subject, standing: s.standing, percent: s.percent,
      shortfall: s.shortfall, missingCount: s.missingCount, shortCategories: s.shortCategories, pendingCount: s.pendingCount,
    })),
    total: matching.length,
  };
}
