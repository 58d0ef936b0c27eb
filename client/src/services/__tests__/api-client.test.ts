import { z } from 'zod';
import { resetTaroMock, taroMock } from '../../../test/support/taro-mock';
import { callFunction, callLocal, NETWORK_ERROR_MESSAGE } from '../api-client';
import { getToken, setToken, TOKEN_STORAGE_KEY } from '../session';

const echoSchema = z.object({ n: z.number() });
const reply = (statusCode: number, data: unknown) => Promise.resolve({ statusCode, data, header: {} });
const lastRequest = () => taroMock.request.mock.calls.at(-1)?.[0] as {
  url: string; method: string; data: unknown; header: Record<string, string>;
};

beforeEach(() => {
  resetTaroMock();
  process.env.TARO_ENV = 'h5';
  (globalThis as { API_BASE?: string }).API_BASE = '';
});

describe('callFunction in H5 (local server)', () => {
  it('POSTs the event to /api/fn/<name> with the action merged in and the bearer token', async () => {
    setToken('tok-123');
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 7 } }));
    const result = await callFunction('records', 'list', { year: 2026 }, echoSchema);
    expect(result).toEqual({ ok: true, data: { n: 7 } });
    const req = lastRequest();
    expect(req.url).toBe('/api/fn/records');
    expect(req.method).toBe('POST');
    expect(req.data).toEqual({ year: 2026, action: 'list' });
    expect(req.header.Authorization).toBe('Bearer tok-123');
  });

  it('sends no Authorization header when signed out', async () => {
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 1 } }));
    await callFunction('identity', 'whoami', {}, echoSchema);
    expect(lastRequest().header).not.toHaveProperty('Authorization');
  });

  it('never lets the payload override the action', async () => {
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 1 } }));
    await callFunction('records', 'list', { action: 'withdraw' }, echoSchema);
    expect(lastRequest().data).toEqual({ action: 'list' });
  });

  it('prefixes API_BASE without doubling the slash', async () => {
    (globalThis as { API_BASE?: string }).API_BASE = 'http://127.0.0.1:8787/';
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 1 } }));
    await callFunction('policy', 'list', {}, echoSchema);
    expect(lastRequest().url).toBe('http://127.0.0.1:8787/api/fn/policy');
  });

  it('returns transformed data from the response schema', async () => {
    const schema = z.object({ n: z.number() }).transform((d) => d.n * 2);
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 21 } }));
    expect(await callFunction('progress', 'mine', {}, schema)).toEqual({ ok: true, data: 42 });
  });

  it('passes the server error code and Chinese message through', async () => {
    taroMock.request.mockReturnValue(reply(200, { ok: false, error: { code: 'FORBIDDEN', message: '只能查看本校教师的记录' } }));
    const result = await callFunction('records', 'get', { recordId: 'r1' }, echoSchema);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '只能查看本校教师的记录' } });
  });

  it('forgets a stale token when the server says UNAUTHENTICATED', async () => {
    setToken('old');
    taroMock.request.mockReturnValue(reply(200, { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } }));
    const result = await callFunction('identity', 'whoami', {}, echoSchema);
    expect(result.ok).toBe(false);
    expect(getToken()).toBe('');
    expect(taroMock.removeStorageSync).toHaveBeenCalledWith(TOKEN_STORAGE_KEY);
  });

  it('rejects data that does not match the schema as BAD_RESPONSE', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 'seven' } }));
    const result = await callFunction('records', 'list', {}, echoSchema);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('rejects a body that is no envelope as BAD_RESPONSE', async () => {
    taroMock.request.mockReturnValue(reply(200, { n: 1 }));
    expect(await callFunction('records', 'list', {}, echoSchema)).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
  });

  it('maps a failed fetch to the Chinese network message', async () => {
    taroMock.request.mockReturnValue(Promise.reject(new TypeError('Failed to fetch')));
    const result = await callFunction('records', 'list', {}, echoSchema);
    expect(result).toEqual({ ok: false, error: { code: 'NETWORK', message: NETWORK_ERROR_MESSAGE } });
    expect(NETWORK_ERROR_MESSAGE).toBe('网络不太好，请稍后重试');
  });

  it('maps an aborted request (Taro.request timeout) to TIMEOUT', async () => {
    const abort = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    taroMock.request.mockReturnValue(Promise.reject(abort));
    expect(await callFunction('records', 'list', {}, echoSchema)).toEqual({
      ok: false, error: { code: 'TIMEOUT', message: NETWORK_ERROR_MESSAGE },
    });
  });

  it('gives up on a request that never answers', async () => {
    taroMock.request.mockReturnValue(new Promise(() => undefined));
    const result = await callFunction('records', 'list', {}, echoSchema, { timeoutMs: 10 });
    expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
    expect(lastRequest()).toMatchObject({ timeout: 10 });
  });

  it.each([
    [404, 'NO_SERVICE'],
    [405, 'NO_SERVICE'],
    [502, 'INTERNAL'],
    [401, 'UNAUTHENTICATED'],
    [418, 'BAD_RESPONSE'],
  ])('maps HTTP %i without an envelope to %s', async (status, code) => {
    taroMock.request.mockReturnValue(reply(status, null));
    const result = await callFunction('records', 'list', {}, echoSchema);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prefers an envelope over the HTTP status (unknown function → 404 with NOT_FOUND)', async () => {
    taroMock.request.mockReturnValue(reply(404, { ok: false, error: { code: 'NOT_FOUND', message: '没有名为「x」的云函数' } }));
    expect(await callFunction('records', 'list', {}, echoSchema)).toEqual({
      ok: false, error: { code: 'NOT_FOUND', message: '没有名为「x」的云函数' },
    });
  });

  it('shows a toast only when asked to', async () => {
    taroMock.request.mockReturnValue(Promise.reject(new TypeError('Failed to fetch')));
    await callFunction('records', 'list', {}, echoSchema);
    expect(taroMock.showToast).not.toHaveBeenCalled();
    await callFunction('records', 'list', {}, echoSchema, { toast: true });
    expect(taroMock.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: NETWORK_ERROR_MESSAGE, icon: 'none' }));
  });
});

describe('callLocal (H5 local endpoints)', () => {
  it('GETs without a body and validates the envelope', async () => {
    taroMock.request.mockReturnValue(reply(200, { ok: true, data: { n: 3 } }));
    expect(await callLocal('GET', '/local/demo-people', undefined, echoSchema)).toEqual({ ok: true, data: { n: 3 } });
    expect(lastRequest()).toMatchObject({ url: '/local/demo-people', method: 'GET', data: undefined });
  });
});

describe('callFunction in the mini-program', () => {
  beforeEach(() => { process.env.TARO_ENV = 'weapp'; });

  it('uses Taro.cloud.callFunction with {action, ...payload} and reads res.result', async () => {
    taroMock.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { n: 5 } }, errMsg: 'cloud.callFunction:ok' });
    const result = await callFunction('identity', 'bind', { name: '王芳', code: 'ABCD2345' }, echoSchema);
    expect(result).toEqual({ ok: true, data: { n: 5 } });
    expect(taroMock.cloud.callFunction).toHaveBeenCalledWith({ name: 'identity', data: { action: 'bind', name: '王芳', code: 'ABCD2345' } });
    expect(taroMock.request).not.toHaveBeenCalled();
    // First cloud call of this module instance: wx.cloud.init must have run just before it.
    expect(taroMock.cloud.init).toHaveBeenCalledWith({ traceUser: true });
    expect(taroMock.cloud.init.mock.invocationCallOrder[0]).toBeLessThan(taroMock.cloud.callFunction.mock.invocationCallOrder[0] ?? 0);
  });

  it('maps a cloud call failure to the Chinese network message', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail Error: errCode: -404011 cloud function execution error' });
    expect(await callFunction('identity', 'whoami', {}, echoSchema)).toEqual({
      ok: false, error: { code: 'NETWORK', message: NETWORK_ERROR_MESSAGE },
    });
  });

  it('maps a cloud timeout errMsg to TIMEOUT', async () => {
    taroMock.cloud.callFunction.mockRejectedValue({ errMsg: 'cloud.callFunction:fail timeout' });
    expect(await callFunction('identity', 'whoami', {}, echoSchema)).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });
});
