import { progressEvent } from '../../../shared/schemas/api/progress';
import { resolveCaller } from '../auth/resolve-caller';
import { countyProgress } from '../use-cases/progress/county-progress';
import { myProgress } from '../use-cases/progress/my-progress';
import { schoolProgress } from '../use-cases/progress/school-progress';
import { schoolTeachers } from '../use-cases/progress/school-teachers';
import { teacherProgress } from '../use-cases/progress/teacher-progress';
import { defineFunction } from './define-function';

/** progress: mine, school, county, teachers (school table), teacher (one teacher's report). */
export const progressFunction = defineFunction('progress', progressEvent, {
  mine: async (e, deps) => myProgress(deps, await resolveCaller(deps), e),
  school: async (e, deps) => schoolProgress(deps, await resolveCaller(deps), e),
  county: async (e, deps) => countyProgress(deps, await resolveCaller(deps), e),
  teachers: async (e, deps) => schoolTeachers(deps, await resolveCaller(deps), e),
  teacher: async (e, deps) => teacherProgress(deps, await resolveCaller(deps), e),
});
