import { fireEvent, render } from '@testing-library/react';
import { RemoteError, refusalText } from '@/components/remote-error';
import { resetTaroMock } from '../../../test/support/taro-mock';

beforeEach(() => { resetTaroMock(); });

describe('RemoteError', () => {
  it('a failure that may pass offers 重试, which asks again', () => {
    const retry = jest.fn();
    render(<RemoteError error={{ code: 'NETWORK', message: '网络不通，请检查网络后重试' }} title="读取失败" what="名册" onRetry={retry} />);
    expect(document.body.textContent).toContain('网络不通，请检查网络后重试');
    fireEvent.click(document.querySelector('.status__action')!);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('a refusal says why and whom to ask, with no 重试 (it would only be refused again)', () => {
    render(<RemoteError error={{ code: 'FORBIDDEN', message: '只有学校审核人或县级管理员可以进行此操作' }} title="读取失败" what="名册" onRetry={jest.fn()} />);
    expect(document.body.textContent).toContain('只有学校审核人或县级管理员可以进行此操作。如需这项权限，请联系学校或县教师进修学校。');
    expect(document.querySelector('.status__action')).toBeNull();
  });

  it('does not repeat whom to ask when the reason already says it', () => {
    expect(refusalText('您已不在本县教师名册中，如有疑问请联系学校')).toBe('您已不在本县教师名册中，如有疑问请联系学校。');
    expect(refusalText('只有县级管理员可以进行此操作。')).toBe('只有县级管理员可以进行此操作。如需这项权限，请联系学校或县教师进修学校。');
  });

  it('signed out reads as 请先登录, not as an error', () => {
    render(<RemoteError error={{ code: 'UNAUTHENTICATED', message: '请先登录' }} title="读取失败" what="名册" onRetry={jest.fn()} />);
    expect(document.querySelector('#signed-out')).not.toBeNull();
  });
});
