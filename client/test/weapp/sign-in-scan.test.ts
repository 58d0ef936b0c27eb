import { bootApp, openPage, textOf, until, type CloudMock } from './harness';

/**
 * 扫码签到 in the compiled mini-program (subpackage sign-in): the page opened by a scan with
 * `?code=` (or WeChat's `?scene=` of a mini-program code) signs in through wx.cloud and shows
 * the large success, a refusal of an expired code with what to do, and 已签到 08:02 on a replay.
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
// The harness loads each page once per file: here the scan with an expired code, then the code typed
// on the refusal card; sign-in-replay.test.ts opens the page with a code she already used.
describe('mini-program 扫码签到', () => {
  let page: ReturnType<typeof openPage>;

  it('an expired code (a mini-program code scene): 签到码已过期 and 请组织者刷新二维码后再扫', async () => {
    page = openPage('sign-in/scan/index', { scene: 'EXPRD23456' });
    await until(() => textOf(page).includes('签到码已过期'), '过期');
    expect(textOf(page)).toContain('请组织者刷新二维码后再扫');
    expect(page.querySelector('#sign-in-retry')).toBeFalsy();
    expect(events.filter((e) => e.action === 'sign-in')).toEqual([{ name: 'training', action: 'sign-in', code: 'EXPRD23456' }]);
  });

  it('the code typed again: 签到成功, the time, the session and 结束后自动计入 3 学时', async () => {
    page.querySelector('#code-input')?.dispatchEvent('input', { detail: { value: 'abcd 2345 xy' } });
    await new Promise((r) => setTimeout(r, 50));
    page.querySelector('#code-submit')?.dispatchEvent('tap');
    await until(() => textOf(page).includes('签到成功'), '签到成功');
    const text = textOf(page);
    for (const shown of ['签到时间 08:01', '大单元教学设计研讨', '一中三楼会议室 · 王建国', '结束后自动计入 3 学时']) expect(text).toContain(shown);
    expect(events.filter((e) => e.action === 'sign-in').map((e) => e.code)).toEqual(['EXPRD23456', 'ABCD2345XY']);
  });
});
