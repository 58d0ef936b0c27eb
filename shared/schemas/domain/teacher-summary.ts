import { z } from 'zod';
import { fixedSchema } from '../../credits/fixed';
import { docIdSchema, isoDateTimeSchema, yearSchema } from './common';

/**
 * How a teacher stands in one year, in three words for lists (decision 011):
 * 达标 (the verdict is met), 落后 (not met and the year is over, or the year's total
 * is more than {@link BEHIND_MARGIN} points behind the share of the year already
 * gone), otherwise 进行中.
 */
export const standings = ['met', 'in-progress', 'behind'] as const;
export type Standing = (typeof standings)[number];
export const standingSchema = z.enum(standings);
export const standingLabels: Readonly<Record<Standing, string>> = { met: '达标', 'in-progress': '进行中', behind: '落后' };

/** Percentage points a teacher may trail the calendar before she counts as 落后. */
export const BEHIND_MARGIN = 10;

/** A category the teacher is still short in. */
export const shortCategorySchema = z.object({ id: z.string(), name: z.string(), missing: fixedSchema });

/**
 * One teacher's standing for one county-year, materialised so county and school
 * views read a few thousand small rows instead of every record (decision 011).
 * Derived data: it can be thrown away and rebuilt at any time.
 */
export const teacherSummaryDocSchema = z.object({
  _id: docIdSchema,
  countyId: docIdSchema,
  schoolId: docIdSchema,
  year: yearSchema,
  teacherId: docIdSchema,
  name: z.string(),
  subject: z.string().nullable(),
  standing: standingSchema,
  /** The year total's percent (0–100) from the engine. */
  percent: z.number().int().min(0).max(100),
  /** What the year total still lacks, in fixed 学分. */
  shortfall: fixedSchema,
  /** How many items the verdict lists as missing. */
  missingCount: z.number().int().min(0),
  shortCategories: z.array(shortCategorySchema),
  pendingCount: z.number().int().min(0),
  oldestPendingAt: isoDateTimeSchema.nullable(),
  /** The publication the figures were computed with. */
  policyKey: z.string(),
  computedAt: isoDateTimeSchema,
});
export type TeacherSummaryDoc = z.infer<typeof teacherSummaryDocSchema>;

/** Categories of the policy's year scope, for filters. */
export const summaryCategorySchema = z.object({ id: z.string(), name: z.string(), depth: z.number().int() });

/** One school's totals over its teachers' summaries (what the county table shows). */
export const schoolAggregateSchema = z.object({
  teacherCount: z.number().int().min(0),
  passedCount: z.number().int().min(0),
  behindCount: z.number().int().min(0),
  pendingCount: z.number().int().min(0),
  oldestPendingAt: isoDateTimeSchema.nullable(),
});
export type SchoolAggregate = z.infer<typeof schoolAggregateSchema>;

/** The watermark of one county-year's summaries. */
export const summaryMarkDocSchema = z.object({
  _id: docIdSchema,
  countyId: docIdSchema,
  year: yearSchema,
  policyKey: z.string(),
  /** Changes at or after this instant are looked at again on the next refresh. */
  changesSince: isoDateTimeSchema,
  /** How many teacher-role grants the county had: a different count means roles changed. */
  teacherRoles: z.number().int().min(0),
  categories: z.array(summaryCategorySchema),
  /** Per school id: totals, kept up to date with the rows (only touched schools are re-added). */
  schools: z.record(z.string(), schoolAggregateSchema),
  refreshedAt: isoDateTimeSchema,
  /**
   * The Beijing date (YYYY-MM-DD) 进行中 rows were last judged against the calendar: 落后
   * depends on the share of the year gone, so a row nobody touches can fall behind overnight.
   * Absent on marks written before it existed (judged on the next refresh).
   */
  standingDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type SummaryMarkDoc = z.infer<typeof summaryMarkDocSchema>;

export const summaryId = (countyId: string, year: number, teacherId: string): string => `${countyId}:${year}:${teacherId}`;
export const summaryMarkId = (countyId: string, year: number): string => `${countyId}:${year}`;
