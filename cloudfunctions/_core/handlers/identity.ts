import { identityEvent } from '../../../shared/schemas/api/identity';
import { defineFunction, notImplemented } from './define-function';

/** identity: whoami, bind. */
export const identityFunction = defineFunction('identity', identityEvent, {
  whoami: notImplemented,
  bind: notImplemented,
});
