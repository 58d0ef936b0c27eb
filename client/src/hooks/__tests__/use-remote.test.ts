import { act, renderHook, waitFor } from '@testing-library/react';
import type { ApiResult } from '@/services/api-client';
import { useRemote } from '../use-remote';

/** A promise the test resolves by hand, to control the order answers arrive in. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('useRemote', () => {
  it('goes loading → success, and loading → error', async () => {
    const load = jest.fn<Promise<ApiResult<number>>, []>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } })
      .mockResolvedValueOnce({ ok: true, data: 5 });
    const { result } = renderHook(() => useRemote(load));
    expect(result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.state.status).toBe('error'));
    await act(() => result.current.reload());
    expect(result.current.state).toEqual({ status: 'success', data: 5 });
  });

  it('keeps only the latest answer when an older, slower one arrives last', async () => {
    const first = deferred<ApiResult<string>>();
    const second = deferred<ApiResult<string>>();
    const load = jest.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useRemote(load));
    act(() => { void result.current.reload(); });
    await act(async () => { second.resolve({ ok: true, data: 'new' }); });
    await act(async () => { first.resolve({ ok: true, data: 'old' }); });
    expect(result.current.state).toEqual({ status: 'success', data: 'new' });
  });

  it('keeps showing the previous answer while reloading', async () => {
    const later = deferred<ApiResult<number>>();
    const load = jest.fn().mockResolvedValueOnce({ ok: true, data: 1 }).mockReturnValueOnce(later.promise);
    const { result } = renderHook(() => useRemote(load));
    await waitFor(() => expect(result.current.state).toEqual({ status: 'success', data: 1 }));
    act(() => { void result.current.reload(); });
    expect(result.current.state).toEqual({ status: 'success', data: 1 });
    await act(async () => { later.resolve({ ok: true, data: 2 }); });
    expect(result.current.state).toEqual({ status: 'success', data: 2 });
  });

  it('does not load on mount when autoLoad is false', () => {
    const load = jest.fn();
    renderHook(() => useRemote(load, false));
    expect(load).not.toHaveBeenCalled();
  });
});
