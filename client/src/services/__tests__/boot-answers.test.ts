import { z } from 'zod';
import { resetTaroMock, taroMock } from '../../../test/support/taro-mock';
import { callFunction } from '../api-client';
import { resetBootAnswers } from '../boot-answers';
import { dismissFirstPaint } from '../first-paint';
import { clearToken, setToken } from '../session';

const echo = z.object({ n: z.number() });

/** The page as the local server makes it: answers in a JSON script element. */
function pageWith(answers: Record<string, unknown>): void {
  document.body.innerHTML = `<div id="first-paint">首页</div><div id="app"></div>`
    + `<script id="boot-answers" type="application/json">${JSON.stringify(answers)}</script>`;
}

beforeEach(() => {
  resetTaroMock();
  resetBootAnswers();
  process.env.TARO_ENV = 'h5';
  (globalThis as { API_BASE?: string }).API_BASE = '';
  taroMock.request.mockReturnValue(Promise.resolve({ statusCode: 200, data: { ok: true, data: { n: 99 } }, header: {} }));
});

describe('answers carried by the page', () => {
  it('the first call asking the same thing gets the page\'s answer without the network; the next one asks', async () => {
    setToken('tok-1');
    pageWith({ 'progress.mine': { ok: true, data: { n: 1 } } });
    expect(await callFunction('progress', 'mine', {}, echo)).toEqual({ ok: true, data: { n: 1 } });
    expect(taroMock.request).not.toHaveBeenCalled();
    expect(await callFunction('progress', 'mine', {}, echo)).toEqual({ ok: true, data: { n: 99 } });
    expect(taroMock.request).toHaveBeenCalledTimes(1);
    expect(document.getElementById('boot-answers')).toBeNull();
  });

  it('is checked against the caller\'s schema like any answer', async () => {
    setToken('tok-1');
    pageWith({ 'identity.whoami': { ok: true, data: { n: 'not a number' } } });
    expect(await callFunction('identity', 'whoami', {}, echo)).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
  });

  it('is not used for a call with arguments, nor after she signed out', async () => {
    setToken('tok-1');
    pageWith({ 'progress.mine': { ok: true, data: { n: 1 } } });
    expect(await callFunction('progress', 'mine', { year: 2025 }, echo)).toEqual({ ok: true, data: { n: 99 } });
    resetBootAnswers();
    pageWith({ 'identity.whoami': { ok: true, data: { n: 1 } } });
    clearToken();
    expect(await callFunction('identity', 'whoami', {}, echo)).toEqual({ ok: true, data: { n: 99 } });
  });

  it('a damaged page or none at all: the network is asked', async () => {
    document.body.innerHTML = '<script id="boot-answers" type="application/json">{oops</script>';
    expect(await callFunction('identity', 'whoami', {}, echo)).toEqual({ ok: true, data: { n: 99 } });
    resetBootAnswers();
    document.body.innerHTML = '';
    expect(await callFunction('identity', 'whoami', {}, echo)).toEqual({ ok: true, data: { n: 99 } });
  });
});

it('the plain-HTML 首页 goes when the app dismisses it', () => {
  pageWith({});
  dismissFirstPaint();
  expect(document.getElementById('first-paint')).toBeNull();
  expect(document.getElementById('app')).not.toBeNull();
});
