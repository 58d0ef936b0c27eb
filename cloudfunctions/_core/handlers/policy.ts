import { policyEvent } from '../../../shared/schemas/api/policy';
import { defineFunction, notImplemented } from './define-function';

/** policy: list, get, publish. */
export const policyFunction = defineFunction('policy', policyEvent, {
  list: notImplemented,
  get: notImplemented,
  publish: notImplemented,
});
