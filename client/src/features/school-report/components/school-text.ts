import dayjs from 'dayjs';
import { beijingTime } from '@shared/time/beijing-time';
import { formatAmount } from '@shared/credits';
import { standingLabels, type Standing } from '@shared/schemas/domain/teacher-summary';
import type { CountyOverview, TeacherRow } from '../api/school-api';

export { standingLabels };

/** 「还差 30 学分（公需科目、自主研修）」 or 「已达标」. */
export function shortText(row: TeacherRow): string {
  if (row.standing === 'met') return '已达标';
  const cats = row.shortCategories.map((c) => c.name).join('、');
  const amount = row.shortfall > 0 ? `还差 ${formatAmount(row.shortfall, { unit: '学分' })}` : `还差 ${row.missingCount} 项`;
  return cats ? `${amount}（${cats}）` : amount;
}

/** Percent of teachers 达标, whole number, 「—」 for a school without teachers. */
export function metPercent(school: CountyOverview['schools'][number]): string {
  return school.teacherCount === 0 ? '—' : `${Math.floor((school.passedCount * 100) / school.teacherCount)}%`;
}

/** 「11月3日起，等了 19 天」 (Beijing date) or 「无」. */
export function oldestText(at: string | null, now: string): string {
  if (!at) return '无';
  const days = dayjs(now).diff(dayjs(at), 'day');
  return `${beijingTime(at, 'M月D日')}起${days > 0 ? `，等了 ${days} 天` : ''}`;
}

export const standingClass = (s: Standing): string => `stand stand--${s}`;

/** County rows sorted: most pending first, then lowest 达标 share. */
export function sortSchools(rows: CountyOverview['schools'], by: 'pending' | 'met' | 'name'): CountyOverview['schools'] {
  const share = (s: CountyOverview['schools'][number]) => (s.teacherCount === 0 ? 1 : s.passedCount / s.teacherCount);
  const copy = [...rows];
  if (by === 'pending') copy.sort((a, b) => b.pendingCount - a.pendingCount || (a.oldestPendingAt ?? '9').localeCompare(b.oldestPendingAt ?? '9'));
  else if (by === 'met') copy.sort((a, b) => share(a) - share(b) || b.behindCount - a.behindCount);
  else copy.sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'zh-Hans-CN'));
  return copy;
}
