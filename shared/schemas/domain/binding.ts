import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/**
 * A WeChat identity bound to a roster person. `_id` IS the openid, so looking a
 * caller up is one read by id and two bindings of the same openid cannot exist.
 */
export const bindingDocSchema = z.object({
  _id: docIdSchema,
  openid: docIdSchema,
  personId: docIdSchema,
  boundAt: isoDateTimeSchema,
});

export type BindingDoc = z.infer<typeof bindingDocSchema>;
