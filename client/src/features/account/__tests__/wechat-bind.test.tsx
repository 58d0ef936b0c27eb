import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { personView } from '../../../../test/support/fake-local-server';
import { WechatBind } from '../components/wechat-bind';

const bound = { bound: true, person: personView('刘洋', null), roles: [{ role: 'county-admin', countyId: 'c1', schoolId: null }] };

async function typeInto(id: string, value: string) {
  const input = await waitFor(() => {
    const el = document.querySelector(`#${id} input`);
    if (!el) throw new Error('not rendered yet');
    return el;
  });
  fireEvent.input(input, { target: { value } });
}

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'weapp';
});
afterAll(() => { process.env.TARO_ENV = 'h5'; });

describe('我的 (mini-program binding)', () => {
  it('shows the bound person straight away', async () => {
    taroMock.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: bound } });
    render(<WechatBind />);
    expect(await screen.findByText('刘洋')).toBeTruthy();
    expect(screen.getByText('县级管理员')).toBeTruthy();
    expect(screen.getByText('示范县')).toBeTruthy();
    expect(screen.queryByText('退出登录')).toBeNull();
  });

  it('binds by name + code through identity.bind, then shows whoami', async () => {
    taroMock.cloud.callFunction.mockImplementation(async ({ data }: { data: { action: string } }) => {
      if (data.action === 'bind') return { result: { ok: true, data: bound } };
      const calls = taroMock.cloud.callFunction.mock.calls.filter((c) => c[0].data.action === 'bind').length;
      return { result: { ok: true, data: calls > 0 ? bound : { bound: false } } };
    });
    render(<WechatBind />);
    expect(await screen.findByText('绑定微信')).toBeTruthy();
    await typeInto('code-form-name', '刘洋');
    await typeInto('code-form-code', 'ab2c3d4e');
    fireEvent.click(screen.getByText('绑定'));
    expect(await screen.findByText('当前登录')).toBeTruthy();
    expect(taroMock.cloud.callFunction).toHaveBeenCalledWith({ name: 'identity', data: { action: 'bind', name: '刘洋', code: 'AB2C3D4E' } });
  });

  it('treats NOT_BOUND as "please bind", and shows a bind refusal under the form', async () => {
    taroMock.cloud.callFunction.mockImplementation(async ({ data }: { data: { action: string } }) => (data.action === 'bind'
      ? { result: { ok: false, error: { code: 'CONFLICT', message: '这个绑定码已经用过了' } } }
      : { result: { ok: false, error: { code: 'NOT_BOUND', message: '尚未绑定' } } }));
    render(<WechatBind />);
    await typeInto('code-form-name', '刘洋');
    await typeInto('code-form-code', 'AB2C3D4E');
    fireEvent.click(await screen.findByText('绑定'));
    expect(await screen.findByText('这个绑定码已经用过了')).toBeTruthy();
  });

  it('shows an error with 重试 when the cloud cannot be reached', async () => {
    taroMock.cloud.callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail network' })
      .mockResolvedValueOnce({ result: { ok: true, data: bound } });
    render(<WechatBind />);
    expect(await screen.findByText('网络不太好，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('刘洋')).toBeTruthy();
  });
});
