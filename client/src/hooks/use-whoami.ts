import type { ApiResult } from '@/services/api-client';
import { getToken } from '@/services/session';
import { useRemote } from '@/hooks/use-remote';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { fetchWhoami, type WhoamiData } from '@/services/whoami';
import { isSignedOut } from '@/components/remote-error';

const signedOut: ApiResult<WhoamiData> = { ok: true, data: { bound: false } };

/**
 * whoami, with "not signed in" as a normal answer rather than an error: the server
 * may say `{bound:false}`, UNAUTHENTICATED (stale H5 token) or NOT_BOUND.
 */
export async function loadWhoami(): Promise<ApiResult<WhoamiData>> {
  // Why: without a token the answer is known; asking anyway would turn "please sign in"
  // into a network error whenever the local server is down.
  if (process.env.TARO_ENV !== 'weapp' && !getToken()) return signedOut;
  const result = await fetchWhoami();
  if (!result.ok && isSignedOut(result.error)) return signedOut;
  return result;
}

/**
 * The signed-in identity, refreshed each time the page shows again (tab pages stay
 * mounted, and signing in happens on another tab).
 */
export function useWhoami() {
  const remote = useRemote(loadWhoami);
  useReloadOnShow(remote.reload);
  return remote;
}
