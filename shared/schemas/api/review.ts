import { z } from 'zod';
import { eventObject, idField, noteField, pagingFields, versionField, yearField } from './common';
import { pageSchema, recordViewSchema } from './views';

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

export const reviewEvent = z.discriminatedUnion('action', [queueEvent, approveEvent, returnEvent, batchApproveEvent]);
export type ReviewEvent = z.infer<typeof reviewEvent>;

export const queueData = pageSchema(recordViewSchema);
export const batchApproveData = z.object({
  approved: z.number().int(),
  failed: z.number().int(),
  results: z.array(z.discriminatedUnion('ok', [
    z.object({ recordId: z.string(), ok: z.literal(true), version: z.number().int() }),
    z.object({ recordId: z.string(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  ])),
});
