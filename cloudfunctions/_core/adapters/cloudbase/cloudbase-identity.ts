/**
 * CallerIdentity from the platform. CloudBase injects WX_OPENID into the
 * function's context/environment for calls from the mini-program; a client
 * cannot set it. The event is never consulted.
 */
import { getCloudbaseContext, type CloudBase, type IContextParam } from '@cloudbase/node-sdk';
import type { CallerIdentity } from '../../ports/caller-identity';

/** Options for {@link createCloudbaseIdentity}. */
export interface CloudbaseIdentityOptions {
  app: CloudBase;
  /** The `context` argument of `main(event, context)`; preferred when given. */
  context?: IContextParam;
}

/** Reads the caller's openid; null when the call did not come from a WeChat user. */
export function createCloudbaseIdentity(options: CloudbaseIdentityOptions): CallerIdentity {
  return {
    openid() {
      const openid = options.context
        ? getCloudbaseContext(options.context).WX_OPENID
        : options.app.auth().getUserInfo().openId;
      return openid ? openid : null;
    },
  };
}
