import { progressEvent } from '../../../shared/schemas/api/progress';
import { resolveCaller } from '../auth/resolve-caller';
import { countyProgress } from '../use-cases/progress/county-progress';
import { myProgress } from '../use-cases/progress/my-progress';
import { schoolProgress } from '../use-cases/progress/school-progress';
import { defineFunction } from './define-function';

/** progress: mine, school, county. */
export const progressFunction = defineFunction('progress', progressEvent, {
  mine: async (e, deps) => myProgress(deps, await resolveCaller(deps), e),
  school: async (e, deps) => schoolProgress(deps, await resolveCaller(deps), e),
  county: async (e, deps) => countyProgress(deps, await resolveCaller(deps), e),
});
