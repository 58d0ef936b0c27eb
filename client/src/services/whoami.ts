import { whoamiData, type WhoamiData } from '@shared/schemas/api/identity';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';

export type { WhoamiData };

/**
 * identity.whoami: `{ bound: false }` before binding (weapp) or sign-in (H5), else the bound
 * person with their roles. Here rather than in the account feature because 首页, 管理,
 * 我的记录 and 登记证书 all ask who she is.
 */
export function fetchWhoami(options?: CallOptions): Promise<ApiResult<WhoamiData>> {
  return callFunction('identity', 'whoami', {}, whoamiData, options);
}
