import { signInData } from '../../../shared/schemas/api/training';
import type { CloudMock } from './harness';

/**
 * A wx.cloud that answers training.sign-in as the server would (every answer parsed with the
 * shared schema): `EXPRD23456` is expired, `REPAY23456` one she already used (signed at 08:02
 * Beijing), any other code a fresh sign-in at 08:01. `events` keeps what the page sent.
 */
export function signInCloud(): { cloud: CloudMock; events: Record<string, unknown>[] } {
  const session = {
    id: 'sess-1', title: '大单元教学设计研讨', place: '一中三楼会议室', date: '2026-11-22',
    startsAt: '2026-11-22T00:00:00.000Z', endsAt: '2026-11-22T03:00:00.000Z', hours: 3, countsActualHours: false, assessed: false, organiserName: '王建国',
  };
  const answer = (replayed: boolean, at: string) => signInData.parse({
    replayed, session, attendance: { signedInAt: at, signedOutAt: null, via: 'scan', late: false, lateMinutes: 0 },
  });
  const events: Record<string, unknown>[] = [];
  const cloud: CloudMock = {
    init: jest.fn(),
    callFunction: jest.fn(async ({ name, data }: { name: string; data: Record<string, unknown> }) => {
      events.push({ name, ...data });
      if (name !== 'training' || data.action !== 'sign-in') return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个操作' } } };
      if (data.code === 'EXPRD23456') return { result: { ok: false, error: { code: 'CODE_EXPIRED', message: '签到码已过期，请让组织者刷新二维码后再扫' } } };
      if (data.code === 'REPAY23456') return { result: { ok: true, data: answer(true, '2026-11-22T00:02:00.000Z') } };
      return { result: { ok: true, data: answer(false, '2026-11-22T00:01:00.000Z') } };
    }),
  };
  return { cloud, events };
}
