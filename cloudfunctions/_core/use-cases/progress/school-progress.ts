import type { Caller } from '../../auth/resolve-caller';
import { requireReviewer } from '../../auth/scope';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { requirePolicyInForce } from '../policy/policy-in-force';
import { schoolInReviewScope } from '../support/school-scope';
import { chinaYear } from '../support/time';
import { teacherLines } from './group-progress';

/** progress.school: every teacher of one school (reviewer: her school; county admin: any school of her county). */
export async function schoolProgress(deps: Deps, caller: Caller, input: { schoolId?: string; year?: number }) {
  requireReviewer(caller);
  const schoolId = input.schoolId ?? caller.viewer.reviewerSchoolIds[0];
  if (!schoolId) throw new AppError('INVALID_INPUT', '请选择学校');
  const school = await schoolInReviewScope(deps, caller, schoolId, '只能查看本校（本县）的学分情况');
  const policy = await requirePolicyInForce(deps, school.countyId, input.year ?? chinaYear(deps.clock()));
  const lines = await teacherLines(deps, { schoolId }, policy);
  return {
    policy: policy.ref, schoolId, schoolName: school.name,
    teachers: lines.map(({ schoolId: _s, ...line }) => line),
  };
}
