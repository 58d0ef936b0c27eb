import Taro from '@tarojs/taro';
import { subscriptionsData } from '@shared/schemas/api/identity';
import { callFunction, type ApiResult } from './api-client';

export type Subscription = ReturnType<typeof subscriptionsData.parse>['subscriptions'][number];

/** identity.subscriptions: the reminders this person may opt in to, with the template ids and consents left. */
export const fetchSubscriptions = () => callFunction('identity', 'subscriptions', {}, subscriptionsData);

/**
 * Asks for one message of each kind, within WeChat's rule (one consent, one message): on weapp
 * `Taro.requestSubscribeMessage` shows WeChat's own sheet and only the kinds she accepts are sent
 * on to `identity.subscribe`; on H5 (the local stack, no such sheet) the tap itself is the consent.
 * Answers the updated list, or why nothing was stored.
 */
export async function optIn(subs: Subscription[]): Promise<ApiResult<{ subscriptions: Subscription[] }> | { ok: false; error: { code: 'CANCELLED'; message: string } }> {
  const offered = subs.filter((s) => s.templateId);
  let kinds = offered.map((s) => s.kind);
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const answer = await Taro.requestSubscribeMessage({ tmplIds: offered.map((s) => s.templateId as string), entityIds: [] } as Taro.requestSubscribeMessage.Option) as unknown as Record<string, string>;
      kinds = offered.filter((s) => answer[s.templateId as string] === 'accept').map((s) => s.kind);
    } catch {
      kinds = [];
    }
  }
  if (!kinds.length) return { ok: false, error: { code: 'CANCELLED', message: '没有打开提醒。想收到时再点一次「提醒我」。' } };
  return callFunction('identity', 'subscribe', { kinds }, subscriptionsData, { toast: true });
}
