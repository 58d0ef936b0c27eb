import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/**
 * Counts identity.bind tries for one openid or one roster name, so binding
 * codes cannot be guessed: every try is counted before the code is checked;
 * the 5th within 15 minutes locks the openid (and the name) for 15 minutes.
 * The id is a hash of the openid or name (`o_…` / `n_…`), so neither is stored
 * in the clear. Removed when a bind succeeds.
 */
export const bindAttemptDocSchema = z.object({
  _id: docIdSchema,
  kind: z.enum(['openid', 'name']),
  /** Tries since `windowStartedAt`, this one included. */
  tries: z.number().int().min(1),
  windowStartedAt: isoDateTimeSchema,
  /** Set when `tries` reached the limit: no try is checked before this instant. */
  lockedUntil: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema,
});

export type BindAttemptDoc = z.infer<typeof bindAttemptDocSchema>;
