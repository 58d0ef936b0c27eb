import { z } from 'zod';
import { recordStatuses } from '../record';
import { requestIdSchema } from '../domain/record-doc';
import { eventObject, idField, noteField, pagingFields, recordInputEventSchema, versionField, yearField } from './common';
import { pageSchema, policyRefSchema, recordViewSchema } from './views';
import { certificateFieldsSchema, duplicateHintsSchema, ocrLineSchema, readingWarningSchema } from '../certificate-reading';

const uploadIdsField = z.array(idField, { message: '证书文件列表格式不正确' }).max(5, { message: '每条记录最多 5 个证书文件' });

/** records.submit: a new record. `requestId` makes retries safe (same id → same result, nothing new written). */
export const submitEvent = eventObject({
  action: z.literal('submit'),
  requestId: requestIdSchema,
  record: recordInputEventSchema,
  uploadIds: uploadIdsField.optional(),
  /** The teacher confirms a genuine retake with a certificate number already used. */
  retake: z.boolean().optional(),
  /** Id of the teacher's approved record this submission corrects. */
  corrects: idField.optional(),
});

/**
 * records.list: own records (teacher) or one teacher's records in scope (reviewer/admin).
 * `status` may name several statuses (待审核 = submitted or resubmitted).
 */
export const listEvent = eventObject({
  action: z.literal('list'),
  year: yearField,
  status: z.union([
    z.enum(recordStatuses),
    z.array(z.enum(recordStatuses)).min(1, { message: '状态列表不能为空' }).max(recordStatuses.length, { message: '状态列表过长' }),
  ]).optional(),
  teacherId: idField.optional(),
  ...pagingFields,
});

export const getEvent = eventObject({ action: z.literal('get'), recordId: idField });

/** records.resubmit: a returned record, corrected. Omitted `record` keeps the input as it was. */
export const resubmitEvent = eventObject({
  action: z.literal('resubmit'),
  recordId: idField,
  version: versionField,
  record: recordInputEventSchema.optional(),
  uploadIds: uploadIdsField.optional(),
  /** File ids of attached certificates to drop. */
  removeFileIds: z.array(z.string().max(512)).max(5).optional(),
  retake: z.boolean().optional(),
});

export const withdrawEvent = eventObject({
  action: z.literal('withdraw'),
  recordId: idField,
  version: versionField,
  note: noteField.optional(),
});

/** records.preview: the caller's report with pending records (and an optional draft) counted provisionally. */
export const previewEvent = eventObject({
  action: z.literal('preview'),
  year: yearField,
  draft: recordInputEventSchema.optional(),
});

/** records.upload-certificate: claim a file the mini-program uploaded to its staging path. */
export const uploadCertificateEvent = eventObject({
  action: z.literal('upload-certificate'),
  fileId: z.string({ message: '文件编号必须是文字' }).min(1).max(512, { message: '文件编号过长' }),
});

/** records.read-certificate: read a staged certificate photo (docs/reader.md); the caller must own the upload. */
export const readCertificateEvent = eventObject({
  action: z.literal('read-certificate'),
  uploadId: idField,
});

export const recordsEvent = z.discriminatedUnion('action', [
  submitEvent, listEvent, getEvent, resubmitEvent, withdrawEvent, previewEvent, uploadCertificateEvent, readCertificateEvent,
]);
export type RecordsEvent = z.infer<typeof recordsEvent>;
export type SubmitEvent = z.infer<typeof submitEvent>;
export type ResubmitEvent = z.infer<typeof resubmitEvent>;

export const submitData = z.object({ record: recordViewSchema, replayed: z.boolean() });
export const recordData = z.object({ record: recordViewSchema });
export const listData = pageSchema(recordViewSchema);
export const previewData = z.object({
  policy: policyRefSchema,
  /** The engine's progress report (shared/schemas/progress-report.ts). */
  report: z.unknown(),
  provisionalRecordIds: z.array(z.string()),
});
export const uploadData = z.object({
  uploadId: idField, contentType: z.string(), size: z.number().int(),
  /** SHA-256 of the stored file (photos: the re-encoded JPEG). */
  sha256: z.string().optional(),
});
export const readCertificateData = z.object({
  uploadId: idField,
  fields: certificateFieldsSchema,
  warnings: z.array(readingWarningSchema),
  /** The OCR lines, top to bottom (for 「查看识别原文」 and the reviewer). */
  lines: z.array(ocrLineSchema),
  duplicates: duplicateHintsSchema,
  /** Milliseconds the reading took on the server. */
  ms: z.number().int(),
  /** True when this upload had been read before and the stored reading was returned. */
  cached: z.boolean(),
});
export type ReadCertificateData = z.infer<typeof readCertificateData>;
