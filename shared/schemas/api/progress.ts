import { z } from 'zod';
import { fixedSchema } from '../../credits/fixed';
import { deadlineSchema, requirementUnits } from '../policy-parts';
import { isoDateTimeSchema } from '../domain/common';
import { shortCategorySchema, standingSchema, summaryCategorySchema } from '../domain/teacher-summary';
import { eventObject, idField, pagingFields, yearField } from './common';
import { policyRefSchema } from './views';

/**
 * progress.mine: the caller's report. `recordId` asks for that one record's full
 * explanation chain as well (record detail); without it the report stays compact.
 */
export const mineEvent = eventObject({ action: z.literal('mine'), year: yearField, recordId: idField.optional() });

/** A record waiting for review, with what it would add once approved (「审核通过后 +N」). */
export const pendingCreditSchema = z.object({
  recordId: z.string(),
  title: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  /** Credits it would count in its year if approved now (fixed units). */
  credits: fixedSchema,
  /** Why it would count nothing, when it would not. */
  reason: z.string().nullable(),
});
export type PendingCredit = z.infer<typeof pendingCreditSchema>;
/** progress.school: every teacher of one school (reviewer: her school; admin: any school of her county). */
export const schoolEvent = eventObject({ action: z.literal('school'), schoolId: idField.optional(), year: yearField });
/** progress.county: one row per school (county admin only). */
export const countyEvent = eventObject({ action: z.literal('county'), countyId: idField.optional(), year: yearField });

/**
 * progress.teachers: one school's teachers as table rows (standing, shortfall, short
 * categories), filtered, sorted and paged on the server from the materialised summaries.
 */
export const teachersEvent = eventObject({
  action: z.literal('teachers'),
  schoolId: idField.optional(),
  year: yearField,
  /** Only teachers still short in this category. */
  categoryId: z.string().max(60).optional(),
  standing: standingSchema.optional(),
  /** shortfall: biggest gap first (default); name: 拼音-free plain name order. */
  sort: z.enum(['shortfall', 'name'], { message: '排序方式只能是 shortfall 或 name' }).optional(),
  ...pagingFields,
});
/** progress.teacher: one teacher's full report, for her school's reviewers and her county admin. */
export const teacherEvent = eventObject({ action: z.literal('teacher'), teacherId: idField, year: yearField });

export const progressEvent = z.discriminatedUnion('action', [mineEvent, schoolEvent, countyEvent, teachersEvent, teacherEvent]);
export type ProgressEvent = z.infer<typeof progressEvent>;

export const mineData = z.object({
  policy: policyRefSchema,
  /** The engine's report (shared/schemas/progress-report.ts): approved records only. */
  report: z.unknown(),
  /** Records still waiting for review (not counted here; see records.preview). */
  pendingCount: z.number().int(),
  /** Each pending record of the year and what approval would add. */
  pending: z.array(pendingCreditSchema).optional(),
  /** Unit the policy words its minimums in (学时 only where 1 学时 = 1 学分). */
  unit: z.enum(requirementUnits).optional(),
  /** Hand-in dates the policy document sets. */
  deadlines: z.array(deadlineSchema).optional(),
  /**
   * With `recordId`: that record's explanation (shared/schemas/progress-report.ts
   * recordExplanationSchema), provisional when it is pending; null when the engine
   * does not count it (returned, withdrawn, another year).
   */
  explanation: z.unknown().optional(),
});
export type MineData = z.infer<typeof mineData>;

/** One teacher's line in a school summary. */
export const teacherSummarySchema = z.object({
  teacherId: z.string(),
  name: z.string(),
  pendingCount: z.number().int(),
  report: z.unknown(),
});

export const schoolData = z.object({
  policy: policyRefSchema,
  schoolId: z.string(),
  schoolName: z.string(),
  teachers: z.array(teacherSummarySchema),
});

export const countyData = z.object({
  policy: policyRefSchema,
  countyId: z.string(),
  schools: z.array(z.object({
    schoolId: z.string(),
    schoolName: z.string(),
    teacherCount: z.number().int(),
    passedCount: z.number().int(),
    pendingCount: z.number().int(),
    /** Teachers 落后 (decision 011). */
    behindCount: z.number().int(),
    /** Submission time of the oldest record waiting for review, or null. */
    oldestPendingAt: isoDateTimeSchema.nullable(),
  })),
});

/** One teacher as a row of the school table. */
export const teacherRowSchema = z.object({
  teacherId: z.string(),
  name: z.string(),
  subject: z.string().nullable(),
  standing: standingSchema,
  percent: z.number().int(),
  shortfall: fixedSchema,
  missingCount: z.number().int(),
  shortCategories: z.array(shortCategorySchema),
  pendingCount: z.number().int(),
});

export const teachersData = z.object({
  policy: policyRefSchema,
  schoolId: z.string(),
  schoolName: z.string(),
  /** The policy's year categories, for the 「差哪一类」 filter. */
  categories: z.array(summaryCategorySchema),
  /** Counts over the whole school (before filtering). */
  counts: z.object({ met: z.number().int(), 'in-progress': z.number().int(), behind: z.number().int() }),
  items: z.array(teacherRowSchema),
  /** Rows matching the filter. */
  total: z.number().int(),
});

export const teacherData = z.object({
  policy: policyRefSchema,
  person: z.object({ id: z.string(), name: z.string(), schoolId: z.string().nullable(), schoolName: z.string().nullable(), subject: z.string().nullable() }),
  /** The engine's full report (per-record chains included). */
  report: z.unknown(),
  pendingCount: z.number().int(),
  /** As in progress.mine: what each pending record would add, the policy's unit and hand-in dates. */
  pending: z.array(pendingCreditSchema).optional(),
  unit: z.enum(requirementUnits).optional(),
  deadlines: z.array(deadlineSchema).optional(),
});
