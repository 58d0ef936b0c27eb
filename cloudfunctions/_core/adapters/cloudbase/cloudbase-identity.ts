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

/** The openid in an invocation context; undefined when there is no parsable context. */
function fromContext(context: IContextParam | undefined): string | null | undefined {
  if (!context) return undefined;
  try {
    return getCloudbaseContext(context).WX_OPENID || null;
  } catch {
    // A context without environ/environment (e.g. `tcb fn invoke`): fall back to process env.
    return undefined;
  }
}

/** Reads the caller's openid; null when the call did not come from a WeChat user. */
export function createCloudbaseIdentity(options: CloudbaseIdentityOptions): CallerIdentity {
  return {
    openid() {
      return fromContext(options.context) ?? (options.app.auth().getUserInfo().openId || null);
    },
  };
}
