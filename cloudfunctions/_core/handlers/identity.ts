import { identityEvent } from '../../../shared/schemas/api/identity';
import { bind } from '../use-cases/identity/bind';
import { whoami } from '../use-cases/identity/whoami';
import { defineFunction } from './define-function';

/** identity: whoami, bind (the only actions open to an unbound openid). */
export const identityFunction = defineFunction('identity', identityEvent, {
  whoami: (_e, deps) => whoami(deps),
  bind: (e, deps) => bind(deps, e),
});
