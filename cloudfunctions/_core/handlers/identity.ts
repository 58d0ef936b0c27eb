import { identityEvent } from '../../../shared/schemas/api/identity';
import { bind } from '../use-cases/identity/bind';
import { whoami } from '../use-cases/identity/whoami';
import { resolveCaller } from '../auth/resolve-caller';
import { listSubscriptions, subscribe } from '../use-cases/reminders/consents';
import { defineFunction } from './define-function';

/** identity: whoami, bind (the only actions open to an unbound openid); subscriptions, subscribe (reminder consents). */
export const identityFunction = defineFunction('identity', identityEvent, {
  whoami: (_e, deps) => whoami(deps),
  bind: (e, deps) => bind(deps, e),
  subscriptions: async (_e, deps) => listSubscriptions(deps, await resolveCaller(deps)),
  subscribe: async (e, deps) => subscribe(deps, await resolveCaller(deps), e.kinds),
});
