import { beijingTime } from '@shared/time/beijing-time';
import type { ApiError } from '@/services/api-client';
import type { SignInAnswer } from '../api/sign-in';

/** Every sentence of the scan page (pure, for tests). */
export const hoursText = (h: number): string => `${Number.isInteger(h) ? h : h.toFixed(1)} 学时`;

export function successLines(a: SignInAnswer, signedOut: boolean): { title: string; time: string; credit: string; note: string | null } {
  const s = a.session;
  const at = signedOut ? a.attendance.signedOutAt : a.attendance.signedInAt;
  const time = at ? beijingTime(at, 'HH:mm') : '';
  if (signedOut) {
    return { title: '签退成功', time: `签退时间 ${time}`, credit: `结束后按实际在场时间计入学时，最多 ${hoursText(s.hours)}`, note: null };
  }
  const credit = s.countsActualHours
    ? `结束时请再扫一次签退，按实际在场时间计入学时（最多 ${hoursText(s.hours)}）`
    : s.assessed ? `考核合格后，结束时自动计入 ${hoursText(s.hours)}` : `结束后自动计入 ${hoursText(s.hours)}`;
  const note = a.attendance.late ? `迟到 ${a.attendance.lateMinutes} 分钟` : null;
  return { title: a.replayed ? `已签到 ${time}` : '签到成功', time: `签到时间 ${time}`, credit, note };
}

/** A refusal: what happened, and what to do next. */
export function refusalLines(error: ApiError): { title: string; next: string; canRetry: boolean } {
  switch (error.code) {
    case 'CODE_EXPIRED': return { title: '签到码已过期', next: '请组织者刷新二维码后再扫。', canRetry: false };
    case 'SIGN_IN_CLOSED': return { title: '现在不能签到', next: error.message, canRetry: false };
    case 'NOT_FOUND': return { title: '签到码无效', next: '请对照组织者屏幕上的签到码重新扫，或重新输入。', canRetry: false };
    case 'BAD_CODE': return { title: '签到码不对', next: error.message, canRetry: false };
    case 'FORBIDDEN': return { title: '这场培训不能签到', next: `${error.message.replace(/[。.]$/u, '')}。如有疑问，请联系培训的组织者。`, canRetry: false };
    default: return { title: '没有签上', next: error.message, canRetry: true };
  }
}
