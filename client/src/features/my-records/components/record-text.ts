import dayjs from 'dayjs';
import { beijingTime } from '@shared/time/beijing-time';
import type { RecordView } from '@shared/schemas/api/views';
import type { RecordStatus } from '@shared/schemas/record';

/**
 * Words of 我的记录, pure (tested without a renderer). Times are shown in Beijing time
 * whatever the phone's zone, like every date the county prints.
 */

/**
 * The chips a teacher sees; resubmitted reads as 待审核 (it is waiting again). 待上传 and
 * 失败 are submits still on the phone (失败: the server refused it, she must act).
 */
export type ChipKind = '待审核' | '已退回' | '已通过' | '已撤回' | '待上传' | '失败';

export const chipOfStatus: Record<RecordStatus, ChipKind> = {
  draft: '待上传', submitted: '待审核', resubmitted: '待审核', returned: '已退回', approved: '已通过', withdrawn: '已撤回',
};

/** CSS modifier per chip (colour with ≥ 7:1 text contrast, plus the word itself). */
export const chipTone: Record<ChipKind, string> = {
  待审核: 'wait', 已退回: 'back', 已通过: 'ok', 已撤回: 'off', 待上传: 'local', 失败: 'fail',
};

/** Status filter chips: label → statuses asked of records.list (null = all). */
export const statusFilters: ReadonlyArray<{ label: string; statuses: readonly RecordStatus[] | null }> = [
  { label: '全部', statuses: null },
  { label: '待审核', statuses: ['submitted', 'resubmitted'] },
  { label: '已退回', statuses: ['returned'] },
  { label: '已通过', statuses: ['approved'] },
  { label: '已撤回', statuses: ['withdrawn'] },
];

/** "2026年11月20日 14:05", Beijing time. */
export const beijingTimeText = (iso: string): string => beijingTime(iso, 'YYYY年M月D日 HH:mm');
/** "2026年4月10日". */
export const dayText = (date: string): string => dayjs(date).format('YYYY年M月D日');

/** "2026年4月10日—4月12日" or one day. */
export function dateRange(start: string, end: string): string {
  if (start === end) return dayText(start);
  const s = dayjs(start);
  const e = dayjs(end);
  return `${dayText(start)}—${s.year() === e.year() ? e.format('M月D日') : dayText(end)}`;
}

/** "24 学时" — hours are whole or halves, typed by the teacher (not a computed amount). */
export const hoursText = (hours: number): string => `${hours} 学时`;

const actionWords: Record<RecordView['history'][number]['action'], string> = {
  submit: '提交', resubmit: '修改后重新提交', withdraw: '撤回', approve: '审核通过', return: '退回修改', supersede: '被更正记录替代',
};

/** One line of 审核经过: what, who, when, and the note if any. */
export interface HistoryLine { key: string; what: string; who: string; when: string; note: string | null }

export function historyLines(record: RecordView): HistoryLine[] {
  return record.history.map((h, i) => ({
    key: `${h.at}-${i}`,
    what: actionWords[h.action],
    who: h.by === record.teacherId ? '本人' : record.actorNames?.[h.by] ?? '审核人',
    when: beijingTimeText(h.at),
    note: h.note ?? null,
  }));
}

const yesNo = (b: boolean) => (b ? '有' : '没有');

/** Every field the teacher filled in, as label / value rows (empty ones left out). */
export function fieldRows(record: RecordView): Array<{ key: string; label: string; value: string }> {
  const r = record.input;
  const rows: Array<[string, string, string | null | undefined]> = [
    ['title', '培训名称', r.title],
    ['organizer', '主办单位', r.organizer || null],
    ['hours', '学时', hoursText(r.hours)],
    ['dates', '培训日期', dateRange(r.startDate, r.endDate)],
    ['form', '培训形式', r.form],
    ['level', '培训级别', r.level],
    ['location', '培训地点', r.location],
    ['content', '科目', r.content],
    ['track', '类别', r.track],
    ['topic', '专题', r.topic],
    ['tags', '标记', r.tags.length > 0 ? r.tags.join('、') : null],
    ['role', '身份', r.role],
    ['passed', '考核', r.passed ? '合格' : '不合格'],
    ['award', '获奖', r.award ? `${r.award.level}级${r.award.grade}学员` : null],
    ['composite', '成绩', r.composite ? compositeText(r.composite) : null],
    ['certificateNo', '证书编号', r.certificateNo],
    ['hasCertificate', '结业证书', yesNo(r.hasCertificate)],
    ['projectRef', '培训项目', r.projectRef],
    ['retake', '重复参训', record.retake ? '是（本人确认）' : null],
  ];
  return rows.filter((x): x is [string, string, string] => typeof x[2] === 'string' && x[2] !== '')
    .map(([key, label, value]) => ({ key, label, value }));
}

function compositeText(c: NonNullable<RecordView['input']['composite']>): string {
  const parts: string[] = [];
  if (c.onlineScore !== undefined) parts.push(`线上 ${c.onlineScore} 分`);
  else if (c.onlinePassed !== undefined) parts.push(`线上${c.onlinePassed ? '合格' : '不合格'}`);
  if (c.offlineScore !== undefined) parts.push(`线下 ${c.offlineScore} 分`);
  else if (c.offlinePassed !== undefined) parts.push(`线下${c.offlinePassed ? '合格' : '不合格'}`);
  return parts.join('，');
}

/** Chinese names of the fields a reviewer may flag (returnFields), for the 已退回 box. */
export function returnedFieldNames(record: RecordView): string[] {
  const labels: Record<string, string> = {
    title: '培训名称', organizer: '主办单位', hours: '学时', startDate: '开始日期', endDate: '结束日期', form: '培训形式',
    level: '培训级别', location: '培训地点', content: '科目', track: '类别', tags: '标记', topic: '专题', award: '获奖',
    role: '身份', passed: '考核', composite: '成绩', certificateNo: '证书编号', hasCertificate: '证书照片', projectRef: '培训项目',
  };
  return [...new Set(record.returnFields.map((f) => labels[f] ?? f))];
}

/** Where 「修改后重新提交」 goes: the capture feature's form, only returned fields editable. */
export const resubmitUrl = (recordId: string): string => `/record-entry/submit/index?resubmit=${encodeURIComponent(recordId)}`;
export const detailUrl = (recordId: string): string => `/my-records/detail/index?id=${encodeURIComponent(recordId)}`;
