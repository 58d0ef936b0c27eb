import { bootApp, openPage, textOf, until } from './harness';
import { signInCloud } from './sign-in-cloud';

/**
 * 扫码签到 in the compiled mini-program (subpackage sign-in): the page opened by a scan with
 * `?code=` (or WeChat's `?scene=` of a mini-program code) signs in through wx.cloud and shows
 * 已签到 08:02 when she scans a code she already signed in with (the server's replayed answer).
 */
jest.setTimeout(60_000);

const { cloud } = signInCloud();

beforeAll(() => { bootApp(cloud); });

describe('mini-program 扫码签到, again', () => {
  it('已签到 08:02 with the session, not 签到成功', async () => {
    const page = openPage('sign-in/scan/index', { code: 'REPAY23456' });
    await until(() => textOf(page).includes('已签到 08:02'), '已签到');
    expect(textOf(page)).toContain('大单元教学设计研讨');
    expect(textOf(page)).toContain('结束后自动计入 3 学时');
    expect(textOf(page)).not.toContain('签到成功');
  });
});
