import { bootApp, openPage, textOf, until } from './harness';
import { signInCloud } from './sign-in-cloud';

/**
 * 扫码签到 in the compiled mini-program (subpackage sign-in): the page opened by a scan with
 * `?code=` (or WeChat's `?scene=` of a mini-program code) signs in through wx.cloud and shows
 * the large success, a refusal of an expired code with what to do, and 已签到 08:02 on a replay.
 */
jest.setTimeout(60_000);

const { cloud, events } = signInCloud();

beforeAll(() => { bootApp(cloud); });

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
