import type { MessageKind } from '../../../../shared/schemas/domain/message';
import type { Messenger, OutboundMessage } from '../../ports/messenger';

/** The slice of `@cloudbase/node-sdk`'s app this adapter uses. */
export interface WxOpenApi {
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<{ result?: unknown }>;
}

/** Env variable holding each kind's template id (chosen in the mini-program console, 订阅消息). */
export const templateEnv: Readonly<Record<MessageKind, string>> = {
  'new-session': 'SUBSCRIBE_TEMPLATE_NEW_SESSION',
  gap: 'SUBSCRIBE_TEMPLATE_GAP',
  queue: 'SUBSCRIBE_TEMPLATE_QUEUE',
};

/**
 * Field meaning → template key, per kind (docs/reminders.md lists the templates to pick).
 * Override with `SUBSCRIBE_FIELDS_<KIND>` = `title=thing1,time=time2,…` when the chosen template numbers them differently.
 */
const defaultKeys: Readonly<Record<MessageKind, string>> = {
  'new-session': 'title=thing1,time=time2,place=thing3,note=thing4',
  gap: 'title=thing1,deadline=time2,note=thing3',
  queue: 'count=number1,time=time2,note=thing3',
};

/** WeChat's limits per value type: thing ≤ 20 characters, number ≤ 32 digits, time a date text. */
function fit(key: string, value: string): string {
  if (key.startsWith('thing')) return [...value].slice(0, 20).join('');
  if (key.startsWith('number')) return value.replace(/[^\d.]/g, '').slice(0, 32) || '0';
  return value.slice(0, 40);
}

/** Maps a message's fields onto template keys. Exported for the adapter's unit test. */
export function templateData(message: OutboundMessage, spec: string): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const pair of spec.split(',')) {
    const [name, key] = pair.split('=').map((s) => s.trim());
    const value = name ? message.fields[name] : undefined;
    if (key && value !== undefined) data[key] = { value: fit(key, value) };
  }
  return data;
}

/**
 * The CloudBase messenger: `callWxOpenApi('/cgi-bin/message/subscribe/send')`
 * (the function needs the openapi permission, docs/deploy.md). Cannot run here;
 * written against WeChat's documented request and errcodes (43101 = the user has
 * no consent left for the template).
 */
export function createWechatSubscribeMessenger(app: WxOpenApi, env: Readonly<Record<string, string | undefined>>): Messenger {
  return {
    channel: 'wechat-subscribe',
    templateId: (kind) => env[templateEnv[kind]]?.trim() || null,
    async deliver(message) {
      const kind = message.kind.replace('-', '_').toUpperCase();
      const requestData = {
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        data: templateData(message, env[`SUBSCRIBE_FIELDS_${kind}`] ?? defaultKeys[message.kind]),
        miniprogram_state: env.SUBSCRIBE_MINIPROGRAM_STATE ?? 'formal',
        lang: 'zh_CN',
      };
      try {
        const res = await app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData });
        const raw = res.result;
        const body = (typeof raw === 'string' || raw instanceof Uint8Array ? JSON.parse(Buffer.from(raw as never).toString('utf8')) : raw ?? {}) as { errcode?: number; errmsg?: string };
        if (!body.errcode) return { delivered: true };
        return { delivered: false, error: `${body.errcode} ${body.errmsg ?? ''}`.trim(), consentGone: body.errcode === 43101 };
      } catch (err) {
        return { delivered: false, error: err instanceof Error ? err.message.slice(0, 200) : 'callWxOpenApi failed', consentGone: false };
      }
    },
  };
}
