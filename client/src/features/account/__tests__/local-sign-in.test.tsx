import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { resetTaroMock, taroMock } from '../../../../test/support/taro-mock';
import { demoRow, fakeLocalServer } from '../../../../test/support/fake-local-server';
import { getToken } from '@/services/session';
import { LocalSignIn } from '../components/local-sign-in';

/**
 * Types into a Taro <Input>: a taro-input-core web component that renders its real
 * <input> asynchronously (Stencil), so wait for it first.
 */
async function typeInto(id: string, value: string) {
  const input = await waitFor(() => {
    const el = document.querySelector(`#${id} input`);
    if (!el) throw new Error(`no input inside #${id} yet`);
    return el;
  });
  fireEvent.input(input, { target: { value } });
}

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'h5';
});

describe('我的 (H5 local sign-in)', () => {
  it('lists the demo people with Chinese roles and signs in by tapping a name', async () => {
    const server = fakeLocalServer();
    render(<LocalSignIn />);
    expect(await screen.findByText('王芳')).toBeTruthy();
    expect(screen.getByText('教师、校长 · 城关一小')).toBeTruthy();
    expect(screen.getByText('本校审核人')).toBeTruthy();
    fireEvent.click(screen.getByText('王芳'));
    expect(await screen.findByText('当前登录')).toBeTruthy();
    expect(screen.getByText('王芳')).toBeTruthy();
    expect(screen.getByText('教师')).toBeTruthy();
    expect(getToken()).toBe('token-王芳');
    expect(server.calls.find((c) => c.url === '/local/sign-in')?.data).toEqual({ personId: 'p-王芳' });
    expect(server.calls.at(-1)).toMatchObject({ url: '/api/fn/identity', data: { action: 'whoami' }, auth: 'Bearer token-王芳' });
  });

  it('does not ask whoami when there is no token', async () => {
    const server = fakeLocalServer();
    render(<LocalSignIn />);
    await screen.findByText('王芳');
    expect(server.calls.map((c) => c.url)).toEqual(['/local/demo-people']);
  });

  it('shows the network error with 重试, and retrying loads the list', async () => {
    fakeLocalServer({ failDemoPeople: true });
    render(<LocalSignIn />);
    expect(await screen.findByText('读取人员名单失败')).toBeTruthy();
    expect(screen.getByText('网络不太好，请稍后重试')).toBeTruthy();
    fakeLocalServer();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('王芳')).toBeTruthy();
  });

  it('shows the empty state when nobody can sign in', async () => {
    fakeLocalServer({ demoPeople: [] });
    render(<LocalSignIn />);
    expect(await screen.findByText('还没有可登录的人员')).toBeTruthy();
  });

  it('checks the form before sending anything', async () => {
    const server = fakeLocalServer();
    render(<LocalSignIn />);
    await screen.findByText('王芳');
    fireEvent.click(screen.getByText('登录'));
    expect(await screen.findByText('请填写姓名')).toBeTruthy();
    await typeInto('code-form-name', '赵敏');
    await typeInto('code-form-code', 'abc');
    fireEvent.click(screen.getByText('登录'));
    expect(await screen.findByText('绑定码应为 8 位字母或数字')).toBeTruthy();
    expect(server.calls.filter((c) => c.url === '/local/sign-in')).toHaveLength(0);
  });

  it('signs in with name + code (code upper-cased) and shows the server message on failure', async () => {
    const server = fakeLocalServer({ codes: { ABCD2345: '赵敏' } });
    render(<LocalSignIn />);
    await screen.findByText('王芳');
    await typeInto('code-form-name', '赵敏');
    await typeInto('code-form-code', 'abcd2346');
    fireEvent.click(screen.getByText('登录'));
    expect(await screen.findByText('姓名或绑定码不正确')).toBeTruthy();
    await typeInto('code-form-code', ' abcd2345 ');
    fireEvent.click(screen.getByText('登录'));
    expect(await screen.findByText('当前登录')).toBeTruthy();
    expect(screen.getByText('赵敏')).toBeTruthy();
    expect(server.calls.filter((c) => c.url === '/local/sign-in').at(-1)?.data).toEqual({ name: '赵敏', code: 'ABCD2345' });
  });

  it('signs out: closes the server session, forgets the token and offers sign-in again', async () => {
    const server = fakeLocalServer();
    render(<LocalSignIn />);
    fireEvent.click(await screen.findByText('李强'));
    fireEvent.click(await screen.findByText('退出登录'));
    await waitFor(() => expect(screen.queryByText('当前登录')).toBeNull());
    expect(getToken()).toBe('');
    expect(server.calls.find((c) => c.url === '/local/sign-out')).toMatchObject({ method: 'POST', auth: 'Bearer token-李强' });
    expect(await screen.findByText('选择身份登录')).toBeTruthy();
  });

  it('toasts a failed tap sign-in', async () => {
    fakeLocalServer({ demoPeople: [demoRow('ghost', '已离职', ['teacher'])], refuse: ['ghost'] });
    render(<LocalSignIn />);
    fireEvent.click(await screen.findByText('已离职'));
    await waitFor(() => expect(taroMock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '姓名或绑定码不正确' })));
    expect(screen.queryByText('当前登录')).toBeNull();
    expect(getToken()).toBe('');
  });
});
