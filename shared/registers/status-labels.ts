import type { TeacherContext, } from '../schemas/teacher-context';
import { teacherStatuses } from '../schemas/teacher-context';

type Status = (typeof teacherStatuses)[number];

/** Chinese names of roster statuses (the 备注 of a register, the roster screen). */
export const teacherStatusLabels: Readonly<Record<Status, string>> = {
  maternity: '产假/哺乳期',
  'new-teacher': '新入职教师',
  'high-school': '高中教师',
  'special-education': '特殊教育教师',
  'non-teaching': '非专任教师',
  leader: '领导干部',
};

/** Statuses that hold in `year`, as Chinese labels ("产假/哺乳期"). */
export function statusNotesFor(statuses: TeacherContext['statuses'], year: number): string[] {
  return statuses
    .filter((s) => !s.years || s.years.length === 0 || s.years.includes(year))
    .map((s) => teacherStatusLabels[s.status]);
}
