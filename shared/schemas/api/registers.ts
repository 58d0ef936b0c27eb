import { z } from 'zod';
import { auditActions } from '../domain/audit-entry';
import { isoDateTimeSchema } from '../domain/common';
import { eventObject, idField, isCalendarDate, pagingFields, yearField } from './common';
import { exportViewSchema } from './export-view';

/**
 * The `registers` function (docs/registers.md): the county's registers as .xlsx
 * files (学分登记卡, 学分统计表, 全县统计表, 个人电子学习档案), the export log,
 * the audit list, and the schools the caller may pick from.
 */

/** registers.schools: the schools the caller may export or read the log of (reviewer: hers; admin: the county's). */
export const schoolsEvent = eventObject({ action: z.literal('schools') });

/** registers.card: 学分登记卡, one sheet per teacher of a school (or only `teacherId`). */
export const cardEvent = eventObject({
  action: z.literal('card'),
  schoolId: idField.optional(),
  teacherId: idField.optional(),
  year: yearField,
});

/** registers.school-table: 学分统计表, one row per teacher of a school. */
export const schoolTableEvent = eventObject({ action: z.literal('school-table'), schoolId: idField.optional(), year: yearField });

/** registers.county-table (county admin): a summary sheet plus one 统计表 sheet per school. */
export const countyTableEvent = eventObject({ action: z.literal('county-table'), countyId: idField.optional(), year: yearField });

/** registers.my-archive (teacher): her own card, her records and her certificate photos in one workbook. */
export const myArchiveEvent = eventObject({ action: z.literal('my-archive'), year: yearField });

/** registers.sign-in-sheet: 签到表 of one training session (its organisers: the school's reviewers, the county's admins). */
export const signInSheetEvent = eventObject({ action: z.literal('sign-in-sheet'), sessionId: idField });

/** registers.exports: the export log, newest first (reviewer: her school; admin: the county). */
export const exportsEvent = eventObject({
  action: z.literal('exports'),
  schoolId: idField.optional(),
  ...pagingFields,
});

/**
 * A Beijing calendar day. Real days only: 2026-02-31 would otherwise be read by dayjs
 * as 3 月 3 日 and 2026-13-45 would throw in the query.
 */
const dayField = z.string({ message: '日期必须是文字' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: (issue) => `日期 ${String(issue.input)} 不存在` });

/** registers.audit: recent actions from the audit log, newest first, filtered. */
export const auditEvent = eventObject({
  action: z.literal('audit'),
  /** A school (reviewer: hers, the default); omitted by a county admin = the whole county. */
  schoolId: idField.optional(),
  actions: z.array(z.enum(auditActions, { message: '操作类型不在可选范围内' })).min(1).max(20).optional(),
  /** Beijing dates, inclusive. */
  from: dayField.optional(),
  to: dayField.optional(),
  ...pagingFields,
}).refine((e) => e.from === undefined || e.to === undefined || e.from <= e.to, {
  message: '截止日期不能早于起始日期', path: ['to'],
});

export const registersEvent = z.discriminatedUnion('action', [
  schoolsEvent, cardEvent, schoolTableEvent, countyTableEvent, myArchiveEvent, signInSheetEvent, exportsEvent, auditEvent,
]);
export type RegistersEvent = z.infer<typeof registersEvent>;

export const schoolsData = z.object({
  countyId: z.string(),
  countyName: z.string(),
  /** True for a county admin: the county table and the county-wide log are hers. */
  county: z.boolean(),
  schools: z.array(z.object({ id: z.string(), name: z.string() })),
});

// The export view and an export's answer live in ./export-view so that 我的 (main package) can
// read a 个人电子学习档案 answer without building every registers schema at start-up.
export { exportViewSchema, exportData, type ExportView, type ExportData } from './export-view';

export const exportsData = z.object({ items: z.array(exportViewSchema), total: z.number().int() });

export const auditItemSchema = z.object({
  id: z.string(),
  at: isoDateTimeSchema,
  action: z.enum(auditActions),
  /** Chinese verb, e.g. 审核通过. */
  actionLabel: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  targetCollection: z.string(),
  targetId: z.string(),
  /** What the entry is about, in Chinese (record title, person name, policy version, file name). */
  targetLabel: z.string(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  note: z.string().nullable(),
});
export type AuditItem = z.infer<typeof auditItemSchema>;
export const auditData = z.object({ items: z.array(auditItemSchema), total: z.number().int() });
