import { trainingForms } from '@shared/schemas/record';
import { bootApp, openPage, textOf, until, type CloudMock } from './harness';

const person = { id: 'p1', name: '刘洋', countyId: 'c1', countyName: '示范县', schoolId: 's1', schoolName: '城关一小', statuses: [] };
const bound = { bound: true, person, roles: [{ role: 'teacher', countyId: 'c1', schoolId: 's1' }] };

let isBound = false;
const cloud: CloudMock = {
  init: jest.fn(),
  callFunction: jest.fn(async ({ data }: { name: string; data: { action: string; name?: string; code?: string } }) => {
    if (data.action === 'bind') {
      if (data.code !== 'AB2C3D4E') return { result: { ok: false, error: { code: 'NOT_FOUND', message: '姓名或绑定码不正确' } } };
      isBound = true;
      return { result: { ok: true, data: bound } };
    }
    return { result: { ok: true, data: isBound ? bound : { bound: false } } };
  }),
};

beforeAll(() => bootApp(cloud));

describe('mini-program build in miniprogram-simulate', () => {

  it('首页 renders the product name and asks whoami through wx.cloud', async () => {
    const page = openPage('pages/home/index');
    await until(() => textOf(page).includes('还没有登录'), '首页的问候区');
    const text = textOf(page);
    expect(text).toContain('师训学分');
    expect(text).toContain('教师继续教育学时学分');
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'identity', data: { action: 'whoami' } });
    // wx.cloud must be initialised (once) before the first call, or WeChat refuses it.
    expect(cloud.init).toHaveBeenCalledTimes(1);
    expect(cloud.init).toHaveBeenCalledWith({ traceUser: true });
    expect(cloud.init.mock.invocationCallOrder[0]).toBeLessThan(cloud.callFunction.mock.invocationCallOrder[0] ?? 0);

    // A tap reaches React through Taro's event handler and comes back as setData.
    const setData = jest.spyOn(page.instance, 'setData');
    expect(text).not.toContain('网络培训');
    page.querySelector('#forms-toggle')?.dispatchEvent('tap');
    await until(() => textOf(page).includes('网络培训'), '展开培训形式');
    expect(setData).toHaveBeenCalled();
    for (const form of trainingForms) expect(textOf(page)).toContain(`${form}培训`);
  });

  it('我的 offers WeChat binding (not the local sign-in) and binds by name + code', async () => {
    const page = openPage('pages/mine/index');
    await until(() => textOf(page).includes('绑定微信'), '绑定表单');
    expect(textOf(page)).not.toContain('选择身份登录');

    page.querySelector('#code-form-name')?.dispatchEvent('input', { detail: { value: '刘洋' } });
    page.querySelector('#code-form-code')?.dispatchEvent('input', { detail: { value: 'ab2c3d4x' } });
    page.querySelector('#code-form-submit')?.dispatchEvent('tap');
    await until(() => textOf(page).includes('姓名或绑定码不正确'), '绑定失败的提示');

    page.querySelector('#code-form-code')?.dispatchEvent('input', { detail: { value: 'ab2c3d4e' } });
    page.querySelector('#code-form-submit')?.dispatchEvent('tap');
    await until(() => textOf(page).includes('当前登录'), '绑定后的身份卡');
    expect(textOf(page)).toContain('刘洋');
    expect(textOf(page)).toContain('城关一小');
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'identity', data: { action: 'bind', name: '刘洋', code: 'AB2C3D4E' } });
  });

  it('管理 explains itself to a plain teacher (no review buttons)', async () => {
    const page = openPage('pages/manage/index');
    await until(() => textOf(page).includes('管理功能由学校和县里使用'), '管理页');
    expect(textOf(page)).toContain('学分管理员');
    expect(page.querySelector('#hub-queue')).toBeFalsy();
  });
});
