import { z } from 'zod';
import { eventObject, idField, yearField } from './common';
import { policyRefSchema } from './views';

export const mineEvent = eventObject({ action: z.literal('mine'), year: yearField });
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
