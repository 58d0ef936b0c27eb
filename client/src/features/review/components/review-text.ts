import dayjs from 'dayjs';
import { formatAmount, type Fixed } from '@shared/credits';
import type { RecordInput } from '@shared/schemas/record';
import type { ProgressReport } from '@shared/schemas/progress-report';

/**
 * Words and figures of the review screens, pure (tested without a renderer). Amounts are
 * printed with the shared `formatAmount`; the only arithmetic is on times (dayjs).
 */

/** How long a record has waited: 「今天提交」「等了 5 小时」「等了 3 天」. */
export function waitedText(submittedAt: string, now: string): string {
  const hours = dayjs(now).diff(dayjs(submittedAt), 'hour');
  if (hours < 1) return '刚刚提交';
  if (hours < 24) return `等了 ${hours} 小时`;
  return `等了 ${Math.floor(hours / 24)} 天`;
}

/** True when a record has waited three days or more (shown in red). */
export const waitedLong = (submittedAt: string, now: string): boolean => dayjs(now).diff(dayjs(submittedAt), 'day') >= 3;

/** What approving adds: 「+12 学分」, 「+0 学分（已达上限）」, or a note when there is no policy. */
export function gainText(wouldAdd: Fixed | null): string {
  if (wouldAdd === null) return '本年度政策未发布，暂不能计算学分';
  if (wouldAdd > 0) return `通过后 +${formatAmount(wouldAdd, { unit: '学分' })}`;
  if (wouldAdd < 0) return `通过后 ${formatAmount(wouldAdd, { unit: '学分' })}（更正后减少）`;
  return '通过后不增加学分（该类已满或不计分）';
}

/** Training dates as one string: 「2026-04-10 至 04-12」 or a single day. */
export function datesText(input: Pick<RecordInput, 'startDate' | 'endDate'>): string {
  if (input.startDate === input.endDate) return input.startDate;
  const sameYear = input.startDate.slice(0, 4) === input.endDate.slice(0, 4);
  return `${input.startDate} 至 ${sameYear ? input.endDate.slice(5) : input.endDate}`;
}

/** Fields a reviewer can see and mark for the teacher to fix (keys are record input keys). */
export const reviewFields = [
  { key: 'title', label: '培训名称' },
  { key: 'organizer', label: '主办单位' },
  { key: 'hours', label: '学时' },
  { key: 'startDate', label: '开始日期' },
  { key: 'endDate', label: '结束日期' },
  { key: 'form', label: '培训形式' },
  { key: 'level', label: '培训级别' },
  { key: 'content', label: '科目类别' },
  { key: 'topic', label: '专题' },
  { key: 'certificateNo', label: '证书编号' },
  { key: 'certificates', label: '证书照片' },
] as const;
export type ReviewFieldKey = (typeof reviewFields)[number]['key'];

/** One-tap return reasons, each pre-marking the fields it is about. */
export const commonReasons: readonly { text: string; fields: readonly ReviewFieldKey[] }[] = [
  { text: '照片不清晰', fields: ['certificates'] },
  { text: '学时与证书不符', fields: ['hours'] },
  { text: '日期有误', fields: ['startDate', 'endDate'] },
  { text: '缺少证书', fields: ['certificates'] },
  { text: '培训名称与证书不符', fields: ['title'] },
];

/** A field's value as shown (— when empty). */
export function fieldValue(input: RecordInput, key: ReviewFieldKey, photoCount: number): string {
  if (key === 'certificates') return photoCount > 0 ? `${photoCount} 张` : '没有上传';
  if (key === 'hours') return `${input.hours} 学时`;
  const value = input[key];
  return value === undefined || value === '' ? '—' : String(value);
}

/** One line of the before/after comparison. */
export interface ChangeLine { id: string; name: string; depth: number; before: string; after: string; changed: boolean; metAfter: boolean }

/** The record's year (or cycle) lines before and after approval, total first. */
export function progressChange(before: ProgressReport, after: ProgressReport, year: number): ChangeLine[] {
  const scopeOf = (r: ProgressReport) => r.years.find((y) => y.year === year) ?? r.cycle;
  const b = scopeOf(before);
  const a = scopeOf(after);
  if (!b || !a) return [];
  const fig = (earned: Fixed, required: Fixed | null) =>
    required === null ? formatAmount(earned, { unit: '学分' }) : `${formatAmount(earned, { unit: '' })} / ${formatAmount(required, { unit: '学分' })}`;
  const afterById = new Map(a.categories.map((c) => [c.id, c]));
  const lines: ChangeLine[] = [{
    id: 'total', name: b.total.name, depth: 0, before: fig(b.total.earned, b.total.required), after: fig(a.total.earned, a.total.required),
    changed: a.total.earned !== b.total.earned, metAfter: a.total.met,
  }];
  for (const c of b.categories) {
    const next = afterById.get(c.id) ?? c;
    lines.push({ id: c.id, name: c.name, depth: c.depth + 1, before: fig(c.earned, c.required), after: fig(next.earned, next.required), changed: next.earned !== c.earned, metAfter: next.met });
  }
  return lines;
}

/** The verdict in a few words, for before → after. */
export const verdictShort = (r: ProgressReport): string => (r.verdict.met ? '已达标' : `还差 ${r.verdict.shortfalls.length} 项`);

/** What the reader saw versus what was typed, per field; `differs` only where both exist. */
export function readingRows(input: RecordInput, reading: { fields: { field: string; value: string; confidence: number | null }[] } | null) {
  if (!reading) return [];
  return reading.fields.map((f) => {
    const typed = (input as Record<string, unknown>)[f.field];
    const typedText = typed === undefined || typed === null ? '' : String(typed);
    const label = reviewFields.find((x) => x.key === f.field)?.label ?? f.field;
    const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    return { field: f.field, label, read: f.value, typed: typedText || '—', differs: typedText !== '' && norm(typedText) !== norm(f.value), unsure: f.confidence !== null && f.confidence < 0.8 };
  });
}

/** The message when someone else acted first: 「该记录已被孙丽华处理」. */
export function handledByText(name: string | null, status: string): string {
  if (status === 'withdrawn') return '该记录已被教师撤回';
  return name ? `该记录已被${name}处理` : '该记录已被他人处理';
}
