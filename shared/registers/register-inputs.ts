import type { Policy } from '../schemas/policy';
import type { ProgressReport } from '../schemas/progress-report';
import type { RecordInput } from '../schemas/record';
import type { SessionListRow } from './session-list-model';

/** Who made the file and when: printed at the foot of every sheet and in the file's properties. */
export interface ExportMeta {
  exportedByName: string;
  /** Beijing wall-clock time, "2026-12-01 10:30". */
  exportedAtText: string;
  /** ISO instant, for the file properties. */
  exportedAt: string;
  /** Date the reports were computed as of (YYYY-MM-DD). */
  asOf: string;
}

/** Which publication the figures come from. */
export interface PolicyLine {
  policy: Policy;
  version: number;
  /** YYYY-MM-DD of publication. */
  publishedOn: string;
}

/** One teacher of a register: roster facts, her approved records of the year and her engine report. */
export interface TeacherRegisterInput {
  teacherId: string;
  name: string;
  subject: string | null;
  /** Chinese labels of roster statuses that change requirements (产假 2026). */
  statusNotes: string[];
  /** Approved records whose year is the register's year (the card lists them). */
  records: { id: string; input: RecordInput }[];
  /** The engine's report over all her approved records (detail, so per-record credits are known). */
  report: ProgressReport;
}

export interface SchoolRegisterInput {
  countyName: string;
  schoolName: string;
  year: number;
  policy: PolicyLine;
  teachers: TeacherRegisterInput[];
  meta: ExportMeta;
  /** The year's training sessions (签到), counted over this school's teachers; a 培训签到 sheet when any. */
  sessions?: SessionListRow[];
}

/** Sort key that never depends on store order: name, then id. */
export function byNameThenId(a: { name: string; teacherId: string }, b: { name: string; teacherId: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.teacherId < b.teacherId ? -1 : a.teacherId > b.teacherId ? 1 : 0;
}

/** The footer line every sheet carries. */
export function metaLine(meta: ExportMeta, policy: PolicyLine): string {
  return `导出人：${meta.exportedByName}　导出时间：${meta.exportedAtText}（北京时间）　数据截至：${meta.asOf}　`
    + `政策：${policy.policy.name}（${policy.policy.id}，第 ${policy.version} 版，${policy.publishedOn} 发布）　只计已审核通过的记录`;
}
