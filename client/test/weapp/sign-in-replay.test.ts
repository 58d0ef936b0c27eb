import { bootApp, openPage, textOf, until, type CloudMock } from './harness';

/**
 * 扫码签到 in the compiled mini-program (subpackage sign-in): the page opened by a scan with
 * `?code=` (or WeChat's `?scene=` of a mini-program code) signs in through wx.cloud and shows
 * 已签到 08:02 when she scans a code she already signed in with (the server's replayed answer).
 */
jest.setTimeout(60_000);

const session = {
  id: 'sess-1', title: '大单元教学设计研讨', place: '一中三楼会议室', date: '2026-11-22',
  startsAt: '2026-11-22T00:00:00.000Z', endsAt: '2026-11-22T03:00:00.000Z', hours: 3, countsActualHours: false, assessed: false, organiserName: '王建国',
};
const attendance = (at: string) => ({ signedInAt: at, signedOutAt: null, via: 'scan', late: false, lateMinutes: 0 });
const events: Record<string, unknown>[] = [];

const cloud: CloudMock = {
  init: jest.fn(),
  callFunction: jest.fn(async ({ name, data }: { name: string; data: Record<string, unknown> }) => {
    events.push({ name, ...data });
    if (name !== 'training' || data.action !== 'sign-in') return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个操作' } } };
    if (data.code === 'EXPRD23456') return { result: { ok: false, error: { code: 'CODE_EXPIRED', message: '签到码已过期，请让组织者刷新二维码后再扫' } } };
    if (data.code === 'REPAY23456') return { result: { ok: true, data: { replayed: true, session, attendance: attendance('2026-11-22T00:02:00.000Z') } } };
    return { result: { ok: true, data: { replayed: false, session, attendance: attendance('2026-11-22T00:01:00.000Z') } } };
  }),
};

beforeAll(() => { bootApp(cloud); });

// The harness loads each page once per file, so one page walks all three answers: the scan with an
// expired code, then the code typed again (a replay), then a fresh code.
describe('mini-program 扫码签到, again', () => {
  it('已签到 08:02 with the session, not 签到成功', async () => {
    const page = openPage('sign-in/scan/index', { code: 'REPAY23456' });
    await until(() => textOf(page).includes('已签到 08:02'), '已签到');
    expect(textOf(page)).toContain('大单元教学设计研讨');
    expect(textOf(page)).toContain('结束后自动计入 3 学时');
    expect(textOf(page)).not.toContain('签到成功');
  });
});
