import { z } from 'zod';
import { messageKindSchema } from '../domain/message';
import { bindingCodeSchema, personNameSchema } from '../domain/person';
import { eventObject } from './common';
import { personViewSchema, roleViewSchema } from './views';

/** identity.whoami: who am I (works before binding). */
export const whoamiEvent = eventObject({ action: z.literal('whoami') });
/** identity.bind: bind this WeChat to a roster person by name + binding code. */
export const bindEvent = eventObject({ action: z.literal('bind'), name: personNameSchema, code: bindingCodeSchema });

/**
 * identity.subscriptions: the reminders the caller may opt in to, each with the template id to pass to
 * `Taro.requestSubscribeMessage` (null = not configured on this environment) and the consents left.
 */
export const subscriptionsEvent = eventObject({ action: z.literal('subscriptions') });
/**
 * identity.subscribe: after `Taro.requestSubscribeMessage`, the kinds the user ACCEPTED; one consent each
 * (WeChat allows one message per consent). docs/reminders.md.
 */
export const subscribeEvent = eventObject({
  action: z.literal('subscribe'),
  kinds: z.array(messageKindSchema).min(1, { message: '请至少选择一种提醒' }).max(3, { message: '提醒类型最多 3 种' }),
});

export const identityEvent = z.discriminatedUnion('action', [whoamiEvent, bindEvent, subscriptionsEvent, subscribeEvent]);
export type IdentityEvent = z.infer<typeof identityEvent>;

export const boundIdentitySchema = z.object({
  bound: z.literal(true),
  person: personViewSchema,
  roles: z.array(roleViewSchema),
});
export const whoamiData = z.discriminatedUnion('bound', [z.object({ bound: z.literal(false) }), boundIdentitySchema]);
export const bindData = boundIdentitySchema;
export type WhoamiData = z.infer<typeof whoamiData>;
export type BindData = z.infer<typeof bindData>;

/** One reminder kind as the caller sees it. */
export const subscriptionSchema = z.object({
  kind: messageKindSchema,
  /** 新培训通知 / 学分差额提醒 / 待审核提醒. */
  label: z.string(),
  templateId: z.string().nullable(),
  /** Messages of this kind the server may still send her. */
  remaining: z.number().int().min(0),
});
export const subscriptionsData = z.object({ subscriptions: z.array(subscriptionSchema) });
export type SubscriptionsData = z.infer<typeof subscriptionsData>;
