import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/**
 * Who holds a certificate number: one document per teacher and normalized
 * certificate number, with a deterministic id, read and written in the same
 * transaction as every record that takes or gives up the number. Transactions
 * can only read by id, so this document is what makes two racing submits of
 * one number collide (the duplicate query before the transaction cannot).
 *
 * `recordIds` lists the teacher's non-withdrawn records with this number: one
 * normally, several when she marked genuine retakes (`retake: true`), or a
 * correction alongside the approved record it corrects. Removed when the list
 * becomes empty.
 */
export const certificateClaimDocSchema = z.object({
  _id: docIdSchema,
  teacherId: docIdSchema,
  /** The record's `certificateKey` (NFKC, no spaces/dashes, upper case). */
  certificateKey: z.string().min(1),
  recordIds: z.array(docIdSchema).min(1).max(200),
  updatedAt: isoDateTimeSchema,
});

export type CertificateClaimDoc = z.infer<typeof certificateClaimDocSchema>;
