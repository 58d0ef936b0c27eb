import { z } from 'zod';
import { fixedSchema } from '../../credits/fixed';
import { deadlineSchema, requirementUnits } from '../policy';
import { eventObject, idField, yearField } from './common';
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

export const progressEvent = z.discriminatedUnion('action', [mineEvent, schoolEvent, countyEvent]);
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
  })),
});
