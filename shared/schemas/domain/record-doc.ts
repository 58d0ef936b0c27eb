import { z } from 'zod';
import { recordInputSchema, recordStatuses } from '../record';
import { docIdSchema, isoDateTimeSchema, versionSchema, yearSchema } from './common';
import { certificateContentTypes } from './upload';

/**
 * How a record came to be: a certificate the teacher registered, or attendance
 * at a training session credited when the organiser closed it (decision 016).
 */
export const recordSources = ['certificate', 'sign-in'] as const;
export type RecordSource = (typeof recordSources)[number];

/** Client-chosen idempotency key of a submission (a UUID or similar). */
export const requestIdSchema = z
  .string({ message: 'requestId 必须是文字' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'requestId 应为 8–64 位字母、数字、- 或 _' });

/** A certificate file attached to a record, stored at a server-chosen path. */
export const certificateFileSchema = z.object({
  fileId: z.string().min(1).max(512),
  contentType: z.enum(certificateContentTypes),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: isoDateTimeSchema,
});

/** What happened to a record, in order. The full before/after lives in `audit`. */
export const recordEventKinds = ['submit', 'resubmit', 'withdraw', 'approve', 'return', 'supersede'] as const;
export const recordHistoryEntrySchema = z.object({
  at: isoDateTimeSchema,
  by: docIdSchema,
  action: z.enum(recordEventKinds),
  from: z.enum(recordStatuses).nullable(),
  to: z.enum(recordStatuses),
  note: z.string().max(200).optional(),
});

/**
 * A stored training record. `input` is exactly what the teacher claimed (the
 * shared record input, defaults applied); everything else is server-owned.
 * Credits are NEVER stored: they are computed by the shared engine on demand.
 */
export const recordDocSchema = z.object({
  _id: docIdSchema,
  teacherId: docIdSchema,
  schoolId: docIdSchema,
  countyId: docIdSchema,
  /** Assessment year: the year of `input.endDate`. */
  year: yearSchema,
  status: z.enum(recordStatuses),
  version: versionSchema,
  requestId: requestIdSchema,
  input: recordInputSchema,
  /** Normalized certificate number (NFKC, no spaces, upper case) for duplicate checks; null if none. */
  certificateKey: z.string().nullable(),
  /** The teacher says this is a genuine retake of a training with the same certificate number. */
  retake: z.boolean(),
  /** Id of the approved record this one corrects (a correction is a new reviewed record). */
  corrects: docIdSchema.nullable(),
  /** Set on an approved record replaced by an approved correction. */
  supersededBy: docIdSchema.nullable(),
  certificates: z.array(certificateFileSchema).max(5),
  /** Reviewer's reason for returning (退回原因); kept after resubmission for context. */
  returnReason: z.string().max(200).nullable(),
  /** Which input fields the reviewer flagged, so the form highlights only those. */
  returnFields: z.array(z.string().max(30)).max(30),
  reviewNote: z.string().max(200).nullable(),
  reviewedBy: docIdSchema.nullable(),
  reviewedAt: isoDateTimeSchema.nullable(),
  submittedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  history: z.array(recordHistoryEntrySchema).max(200),
  /** Where the record came from; absent on records stored before sessions existed (= 'certificate'). */
  source: z.enum(recordSources).optional(),
  /** The training session a 'sign-in' record credits; null/absent for certificates. */
  sessionId: docIdSchema.nullable().optional(),
});

export type RecordDoc = z.infer<typeof recordDocSchema>;
export type CertificateFile = z.infer<typeof certificateFileSchema>;
export type RecordHistoryEntry = z.infer<typeof recordHistoryEntrySchema>;
