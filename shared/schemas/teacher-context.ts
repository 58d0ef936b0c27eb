import { z } from 'zod';
import { isoDate } from './record';

/**
 * Statuses that change what a teacher must reach. Each policy decides which it
 * honours (永吉: maternity year, high-school/special-education, non-teaching staff;
 * 霍尔果斯: new teacher).
 */
export const teacherStatuses = [
  'maternity',        // 产假/哺乳期
  'new-teacher',      // 新入职教师
  'high-school',      // 高中教师
  'special-education',// 特殊教育学校教师
  'non-teaching',     // 非专任教师 / 局直事业单位人员
  'leader',           // 领导干部
] as const;

export const teacherStatusSchema = z.enum(teacherStatuses, { message: '未知的教师身份' });

/** Who the report is about, as the engine needs it. */
export const teacherContextSchema = z.object({
  teacherId: z.string().min(1),
  name: z.string().optional(),
  /** Statuses in force, optionally per year (e.g. maternity only in 2026). */
  statuses: z.array(z.object({
    status: teacherStatusSchema,
    /** Years the status applies to; empty or absent = every year. */
    years: z.array(z.number().int().min(2000).max(2100)).optional(),
  })).default([]),
  /** First day in post, for new-teacher rules. */
  hiredOn: isoDate.optional(),
});

export type TeacherContext = z.infer<typeof teacherContextSchema>;
export type TeacherStatus = (typeof teacherStatuses)[number];
