import { beijingTime } from '@shared/time/beijing-time';
import type { Attendee, SessionRow } from '../api/training';

/** Words of the organiser's screens (pure, for tests). */
export const hoursText = (h: number): string => `${h} 学时`;
export const statusWords: Record<SessionRow['status'], string> = { planned: '未结束', closing: '正在计入', closed: '已结束', cancelled: '已取消' };

export function whenText(s: Pick<SessionRow, 'date' | 'startsAt' | 'endsAt'>): string {
  const [y, m, d] = s.date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日 ${beijingTime(s.startsAt, 'HH:mm')}—${beijingTime(s.endsAt, 'HH:mm')}`;
}

/** Who will be credited when closing now, in one sentence for the confirmation. */
export function closeConfirmText(s: SessionRow & { passedIds: string[] }, attendees: Attendee[]): string {
  const present = attendees.filter((a) => a.signedInAt);
  const credited = s.assessed ? present.filter((a) => s.passedIds.includes(a.teacherId)) : present;
  const absent = attendees.length - present.length;
  const how = s.countsActualHours ? `按实际在场时间计学时（最多 ${hoursText(s.hours)}）` : `每人计入 ${hoursText(s.hours)}`;
  return `${credited.length} 位老师${s.assessed ? '签到且合格，' : '已签到，'}${how}，直接算已通过，不用再审核。${absent ? `${absent} 位未签到的老师记为未参加。` : ''}结束后不能再签到。`;
}
