import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/**
 * One person's staging uploads within the last hour: a sliding window kept in
 * one document per openid (id `q_<hash of openid>`), updated in a transaction
 * before any bytes are inspected, so a burst of parallel uploads is counted
 * like a sequence. At most as many entries as the hourly count allows.
 */
export const uploadQuotaDocSchema = z.object({
  _id: docIdSchema,
  entries: z.array(z.object({ at: isoDateTimeSchema, bytes: z.number().int().nonnegative() })).max(1000),
  updatedAt: isoDateTimeSchema,
});

export type UploadQuotaDoc = z.infer<typeof uploadQuotaDocSchema>;
