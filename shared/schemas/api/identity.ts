import { z } from 'zod';
import { bindingCodeSchema, personNameSchema } from '../domain/person';
import { eventObject } from './common';
import { personViewSchema, roleViewSchema } from './views';

/** identity.whoami: who am I (works before binding). */
export const whoamiEvent = eventObject({ action: z.literal('whoami') });
/** identity.bind: bind this WeChat to a roster person by name + binding code. */
export const bindEvent = eventObject({ action: z.literal('bind'), name: personNameSchema, code: bindingCodeSchema });

export const identityEvent = z.discriminatedUnion('action', [whoamiEvent, bindEvent]);
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
