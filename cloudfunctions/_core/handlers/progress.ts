import { progressEvent } from '../../../shared/schemas/api/progress';
import { defineFunction, notImplemented } from './define-function';

/** progress: mine, school, county. */
export const progressFunction = defineFunction('progress', progressEvent, {
  mine: notImplemented,
  school: notImplemented,
  county: notImplemented,
});
