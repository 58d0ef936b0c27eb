import { z } from 'zod';
import { docIdSchema, isoDateTimeSchema } from './common';

/** Unambiguous alphabet of sign-in codes (no 0/O, 1/I/L): read aloud or typed from the screen. */
export const signInCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Length of a sign-in code: 31^10 ≈ 8·10^14, far beyond guessing within its two minutes. */
export const signInCodeLength = 10;

/** A sign-in code as typed or scanned (upper-cased before the check). */
export const signInCodeSchema = z
  .string({ message: '请输入签到码' })
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${signInCodeAlphabet}]{${signInCodeLength}}$`), { message: `签到码应为 ${signInCodeLength} 位字母或数字` });

/**
 * One rotating sign-in code of a session; the id is the code itself, so a scan
 * is one read by id. Issued by `training.code`, valid until `expiresAt`.
 */
export const sessionCodeDocSchema = z.object({
  _id: docIdSchema,
  sessionId: docIdSchema,
  countyId: docIdSchema,
  issuedAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  issuedBy: docIdSchema,
});
export type SessionCodeDoc = z.infer<typeof sessionCodeDocSchema>;
