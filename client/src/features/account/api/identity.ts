import { callFunction, callLocal, type ApiResult, type CallOptions } from '@/services/api-client';
import { clearToken, setToken } from '@/services/session';
import {
  bindData, demoPeopleSchema, signInResultSchema, signOutResultSchema,
  type BindData, type BindInput, type DemoPerson, type SignInResult,
} from './schemas';

/** Mini-program: bind this WeChat account to a roster entry by name + binding code. */
export function bindWechat(input: BindInput, options?: CallOptions): Promise<ApiResult<BindData>> {
  return callFunction('identity', 'bind', { name: input.name, code: input.code }, bindData, options);
}

/** H5 local stack: who may sign in on this machine. */
export function fetchDemoPeople(options?: CallOptions): Promise<ApiResult<DemoPerson[]>> {
  return callLocal('GET', '/local/demo-people', undefined, demoPeopleSchema, options);
}

/** H5 local stack: sign in by demo person or by roster name + code; stores the token on success. */
export async function signInLocal(
  by: { personId: string } | BindInput, options?: CallOptions,
): Promise<ApiResult<SignInResult>> {
  const result = await callLocal('POST', '/local/sign-in', { ...by }, signInResultSchema, options);
  if (result.ok) setToken(result.data.token);
  return result;
}

/**
 * H5 local stack: close the session on the server (best effort) and forget the token.
 * The token is dropped even when the server cannot be reached: signing out must work offline.
 */
export async function signOutLocal(): Promise<void> {
  await callLocal('POST', '/local/sign-out', {}, signOutResultSchema);
  clearToken();
}
