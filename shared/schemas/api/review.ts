import { z } from 'zod';
import { fixedSchema } from '../../credits/fixed';
import { eventObject, idField, noteField, pagingFields, versionField, yearField } from './common';
import { pageSchema, policyRefSchema, recordViewSchema } from './views';

/** review.queue: records waiting for review in the caller's school (or a school of her county). */
export const queueEvent = eventObject({
  action: z.literal('queue'),
  schoolId: idField.optional(),
  year: yearField,
  ...pagingFields,
});

export const approveEvent = eventObject({
  action: z.literal('approve'),
  recordId: idField,
  version: versionField,
  note: noteField.optional(),
});

/** review.return: a reason is required; `fields` flags what the teacher must fix. */
export const returnEvent = eventObject({
  action: z.literal('return'),
  recordId: idField,
  version: versionField,
  reason: z.string({ message: '请填写退回原因' }).trim().min(1, { message: '请填写退回原因' }).max(200, { message: '退回原因不能超过 200 字' }),
  fields: z.array(z.string().max(30)).max(30).optional(),
});

/** review.batch-approve: up to 50 records; each succeeds or fails on its own. */
export const batchApproveEvent = eventObject({
  action: z.literal('batch-approve'),
  items: z.array(eventObject({ recordId: idField, version: versionField }))
    .min(1, { message: '请至少选择一条记录' })
    .max(50, { message: '一次最多批量通过 50 条' }),
  note: noteField.optional(),
});

/** review.detail: one record as the reviewer needs it (photos, progress before/after, warnings). */
export const detailEvent = eventObject({ action: z.literal('detail'), recordId: idField });

export const reviewEvent = z.discriminatedUnion('action', [queueEvent, approveEvent, returnEvent, batchApproveEvent, detailEvent]);
export type ReviewEvent = z.infer<typeof reviewEvent>;

/** A queue row: the record plus its school and what approving it would add to the teacher's year. */
export const queueItemSchema = recordViewSchema.extend({
  schoolName: z.string(),
  /** Credits the year total would gain (after caps), in fixed 学分; null without a policy for the year. */
  wouldAdd: fixedSchema.nullable(),
});
export const queueData = pageSchema(queueItemSchema);

/** Something the reviewer should look at before approving. */
export const reviewWarningSchema = z.object({
  kind: z.enum(['duplicate', 'retake', 'similar', 'correction']),
  text: z.string(),
  /** The other record concerned, if any. */
  recordId: z.string().nullable(),
});

/**
 * What the certificate reader read from the photo, beside what the teacher typed.
 * From the reader's readings stored on the record's uploads; null when no photo was read.
 */
export const certificateReadingSchema = z.object({
  fields: z.array(z.object({
    field: z.string(),
    value: z.string(),
    /** 0–1, or null when the reader gives none. */
    confidence: z.number().min(0).max(1).nullable(),
  })),
  /** Duplicate-photo hints and reader warnings, in Chinese, for the reviewer. */
  hints: z.array(z.string()).default([]),
});

export const detailData = z.object({
  record: queueItemSchema,
  teacher: z.object({ id: z.string(), name: z.string(), subject: z.string().nullable() }),
  /** Who handled it last (when it is no longer pending: 「该记录已被孙丽华处理」). */
  reviewedByName: z.string().nullable(),
  policy: policyRefSchema.nullable(),
  /** The teacher's report from approved records, and with this record approved too (summary detail). */
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  warnings: z.array(reviewWarningSchema),
  reading: certificateReadingSchema.nullable(),
});
export const batchApproveData = z.object({
  approved: z.number().int(),
  failed: z.number().int(),
  results: z.array(z.discriminatedUnion('ok', [
    z.object({ recordId: z.string(), ok: z.literal(true), version: z.number().int() }),
    z.object({ recordId: z.string(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  ])),
});
