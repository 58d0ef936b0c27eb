import { z } from 'zod';
import { recordInputSchema, recordStatuses } from '../record';
import { teacherContextSchema } from '../teacher-context';
import { docIdSchema, isoDateTimeSchema, roleSchema, versionSchema, yearSchema } from '../domain/common';
import { recordHistoryEntrySchema, recordSources } from '../domain/record-doc';
import { certificateContentTypes } from '../domain/upload';
import { certificateFieldsSchema, duplicateHintsSchema, readingWarningSchema } from '../certificate-reading';

/** Actions a viewer may take on a record (see shared/records/state-machine.ts). */
export const recordActions = ['resubmit', 'withdraw', 'approve', 'return'] as const;
export const recordActionSchema = z.enum(recordActions);

/** A person as the client sees them (never the binding code or openid). */
export const personViewSchema = z.object({
  id: docIdSchema,
  name: z.string(),
  countyId: docIdSchema,
  countyName: z.string(),
  schoolId: docIdSchema.nullable(),
  schoolName: z.string().nullable(),
  subject: z.string().optional(),
  statuses: teacherContextSchema.shape.statuses,
  /** First day in post: the phone's preview needs it for after-hire rules (霍尔果斯 新入职). */
  hiredOn: teacherContextSchema.shape.hiredOn,
});

export const roleViewSchema = z.object({
  role: roleSchema,
  countyId: docIdSchema,
  schoolId: docIdSchema.nullable(),
});

/** The training session a sign-in record credits, as 我的记录 shows it beside the engine's explanation. */
export const sessionRefSchema = z.object({
  id: docIdSchema,
  title: z.string(),
  place: z.string(),
  /** Beijing calendar day of the session. */
  date: z.string(),
  organiserName: z.string(),
});
export type SessionRef = z.infer<typeof sessionRefSchema>;

/** A record as the client sees it: no credits (those come from progress/preview). */
export const recordViewSchema = z.object({
  id: docIdSchema,
  teacherId: docIdSchema,
  teacherName: z.string().optional(),
  schoolId: docIdSchema,
  countyId: docIdSchema,
  year: yearSchema,
  status: z.enum(recordStatuses),
  version: versionSchema,
  input: recordInputSchema,
  retake: z.boolean(),
  corrects: docIdSchema.nullable(),
  supersededBy: docIdSchema.nullable(),
  certificates: z.array(z.object({
    fileId: z.string(),
    contentType: z.enum(certificateContentTypes),
    size: z.number().int(),
    /** Present in `get`; omitted in lists to save a URL call per file. */
    url: z.string().optional(),
  })),
  returnReason: z.string().nullable(),
  returnFields: z.array(z.string()),
  reviewNote: z.string().nullable(),
  reviewedBy: docIdSchema.nullable(),
  reviewedAt: isoDateTimeSchema.nullable(),
  submittedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  history: z.array(recordHistoryEntrySchema),
  /** Present in `get`: name of each person in `history` (by id), so 「谁、何时」 reads as names. */
  actorNames: z.record(z.string(), z.string()).optional(),
  /** What the caller may do with this record now (buttons to show). */
  allowedActions: z.array(recordActionSchema),
  /** 'sign-in': credited from attendance at a training session (来源：现场签到), no certificate. */
  source: z.enum(recordSources).default('certificate'),
  /** The session of a sign-in record; null for certificates (and when the session is gone). */
  session: sessionRefSchema.nullable().default(null),
  /**
   * In `get` only: what the certificate reader read from this record's photos
   * (read-vs-typed differences and duplicate hints for the reviewer). Absent
   * when no photo was read.
   */
  readings: z.array(z.object({
    uploadId: z.string(),
    readAt: z.string(),
    fields: certificateFieldsSchema,
    warnings: z.array(readingWarningSchema),
    duplicates: duplicateHintsSchema,
  })).optional(),
});
export type RecordView = z.infer<typeof recordViewSchema>;

/** Which published policy a report was computed with. */
export const policyRefSchema = z.object({
  countyId: docIdSchema,
  year: yearSchema,
  version: versionSchema,
  policyId: z.string(),
  publishedAt: isoDateTimeSchema,
});
export type PolicyRef = z.infer<typeof policyRefSchema>;

/** A page of rows plus the total matching count. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}
