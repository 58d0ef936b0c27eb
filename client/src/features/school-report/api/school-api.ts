import { z } from 'zod';
import { SCALE } from '@shared/credits';
import { countyData, mineData, teacherData, teachersData } from '@shared/schemas/api/progress';
import { progressReportSchema } from '@shared/schemas/progress-report';
import type { Standing } from '@shared/schemas/domain/teacher-summary';
import { callFunction, type ApiResult } from '@/services/api-client';

export type TeachersPage = z.infer<typeof teachersData>;
export type TeacherRow = TeachersPage['items'][number];
export type CountyOverview = z.infer<typeof countyData>;
export type SchoolSummary = CountyOverview['schools'][number];

/** progress.teacher with the report checked like 首页's (same engine schema and scale). */
export const teacherReportSchema = teacherData.extend({
  report: progressReportSchema.refine((r) => r.scale === SCALE, { message: `scale 应为 ${SCALE}` }),
  // progress.teacher does not (yet) send these; read as "none", like 首页's myProgressSchema.
  pending: mineData.shape.pending.unwrap().default([]),
  unit: mineData.shape.unit.unwrap().default('学分'),
  deadlines: mineData.shape.deadlines.unwrap().default([]),
});
export type TeacherReport = z.infer<typeof teacherReportSchema>;

export interface TeachersQuery { schoolId?: string; categoryId?: string; standing?: Standing; sort: 'shortfall' | 'name'; skip?: number }

/** Rows per page of the school table (a big school has ~100 teachers: two pages). */
export const TEACHERS_PAGE = 50;

export function fetchTeachers(q: TeachersQuery): Promise<ApiResult<TeachersPage>> {
  const payload: Record<string, unknown> = { sort: q.sort, limit: TEACHERS_PAGE, skip: q.skip ?? 0 };
  if (q.schoolId) payload.schoolId = q.schoolId;
  if (q.categoryId) payload.categoryId = q.categoryId;
  if (q.standing) payload.standing = q.standing;
  return callFunction('progress', 'teachers', payload, teachersData);
}

export function fetchTeacherReport(teacherId: string, year?: number): Promise<ApiResult<TeacherReport>> {
  return callFunction('progress', 'teacher', { teacherId, ...(year ? { year } : {}) }, teacherReportSchema);
}

export function fetchCounty(): Promise<ApiResult<CountyOverview>> {
  return callFunction('progress', 'county', {}, countyData);
}
