import Taro from '@tarojs/taro';
import { z } from 'zod';
import { takeBootAnswer } from './boot-answers';
import { initCloud } from './cloud';
import { apiBase, getToken, clearToken } from './session';

/**
 * The ONE way the client talks to the backend (docs/api-contract.md).
 * - weapp: `Taro.cloud.callFunction` — the platform injects the caller's OPENID.
 * - H5: `POST ${API_BASE}/api/fn/<name>` on the local server, bearer token from storage.
 * Every answer is checked twice with zod: the `{ok,data}|{ok:false,error}` envelope, then
 * `data` against the caller's schema. Nothing here throws: callers get an {@link ApiResult}.
 */

/** Cloud functions named in the contract. */
export type FunctionName = 'identity' | 'records' | 'review' | 'progress' | 'roster' | 'policy' | 'registers' | 'training';

/** Stable UPPER_SNAKE code for the program, Chinese message for the user. */
export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface CallOptions {
  /** Also show the error with Taro.showToast (for taps; screens show their own error state). */
  toast?: boolean;
  /** Give up after this long; default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const NETWORK_ERROR_MESSAGE = '网络不太好，请稍后重试';

/** Client-side failure codes, added to the server's codes (NETWORK, TIMEOUT, BAD_RESPONSE, NO_SERVICE). */
const clientErrors = {
  NETWORK: NETWORK_ERROR_MESSAGE,
  TIMEOUT: NETWORK_ERROR_MESSAGE,
  BAD_RESPONSE: '服务返回的内容不完整，请稍后重试',
  NO_SERVICE: '没有连上学分服务，请确认服务已经启动',
  UNAUTHENTICATED: '请先登录',
  INTERNAL: '服务器出了点问题，请稍后重试',
} as const;

const failure = (code: keyof typeof clientErrors): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, message: clientErrors[code] },
});

const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string().min(1), message: z.string().min(1) }) }),
]);

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError('timeout')), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (err: unknown) => { clearTimeout(timer); reject(err); },
    );
  });
}

/** Checks the envelope, then `data` against `schema`. Exported for tests of callers. */
export function parseEnvelope<S extends z.ZodType>(raw: unknown, schema: S): ApiResult<z.infer<S>> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return failure('BAD_RESPONSE');
  if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    // Why: a schema mismatch means client and server disagree on the contract — worth a log line.
    console.warn('[api] 返回数据与约定不符', data.error.issues);
    return failure('BAD_RESPONSE');
  }
  return { ok: true, data: data.data };
}

/**
 * True when the call never reached the server (no network, or no answer in time): the one
 * kind of failure worth keeping for later. Anything else (a refused file, a duplicate
 * number) would fail the same way again and must be shown to her now.
 */
export function isOffline(error: { code?: string }): boolean {
  return error.code === 'NETWORK' || error.code === 'TIMEOUT';
}

/** Shows an error to the user as a plain toast (long text allowed with icon 'none'). */
export function showApiError(error: ApiError): void {
  void Taro.showToast({ title: error.message, icon: 'none', duration: 2500 });
}

const isTimeout = (err: unknown): boolean =>
  err instanceof TimeoutError ||
  (err instanceof Error && err.name === 'AbortError') ||
  /timeout|超时/i.test(String((err as { errMsg?: string } | null)?.errMsg ?? ''));

function mapThrown(err: unknown): { ok: false; error: ApiError } {
  return failure(isTimeout(err) ? 'TIMEOUT' : 'NETWORK');
}

/** H5 transport: one JSON request to the local server; maps HTTP status when the body is no envelope. */
async function httpRequest<S extends z.ZodType>(
  method: 'GET' | 'POST', path: string, body: unknown, schema: S, timeoutMs: number,
): Promise<ApiResult<z.infer<S>>> {
  const token = getToken();
  const header: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  let res: { statusCode: number; data: unknown };
  try {
    res = await withTimeout(
      Taro.request({ url: `${apiBase()}${path}`, method, data: body as Record<string, unknown>, header, timeout: timeoutMs, dataType: 'json' }),
      timeoutMs + 500,
    );
  } catch (err) {
    return mapThrown(err);
  }
  if (envelopeSchema.safeParse(res.data).success) {
    const result = parseEnvelope(res.data, schema);
    // A stale token (server restarted, session gone): forget it so the UI offers sign-in again.
    if (!result.ok && result.error.code === 'UNAUTHENTICATED') clearToken();
    return result;
  }
  if (res.statusCode === 401) { clearToken(); return failure('UNAUTHENTICATED'); }
  if (res.statusCode === 404 || res.statusCode === 405) return failure('NO_SERVICE');
  if (res.statusCode >= 500) return failure('INTERNAL');
  return failure('BAD_RESPONSE');
}

async function finish<T>(result: ApiResult<T>, options: CallOptions): Promise<ApiResult<T>> {
  if (!result.ok && options.toast) showApiError(result.error);
  return result;
}

/**
 * Calls one action of one cloud function and validates the answer.
 * @example
 * const r = await callFunction('identity', 'whoami', {}, whoamiSchema);
 * if (r.ok) show(r.data); else showError(r.error);
 */
export async function callFunction<S extends z.ZodType>(
  name: FunctionName, action: string, payload: Record<string, unknown>, responseSchema: S, options: CallOptions = {},
): Promise<ApiResult<z.infer<S>>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const event = { ...payload, action };
  if (process.env.TARO_ENV === 'weapp') {
    try {
      initCloud();
      const res = await withTimeout(Taro.cloud.callFunction({ name, data: event }), timeoutMs);
      return finish(parseEnvelope(res.result, responseSchema), options);
    } catch (err) {
      return finish(mapThrown(err), options);
    }
  }
  const boot = takeBootAnswer(name, action, payload);
  if (boot !== undefined) return finish(parseEnvelope(boot, responseSchema), options);
  return finish(await httpRequest('POST', `/api/fn/${name}`, event, responseSchema, timeoutMs), options);
}

/**
 * H5 only: the local server's own endpoints (`/local/demo-people`, `/local/sign-in`), same envelope.
 * There is no such thing in the mini-program, where WeChat is the sign-in.
 */
export async function callLocal<S extends z.ZodType>(
  method: 'GET' | 'POST', path: `/local/${string}`, body: Record<string, unknown> | undefined, responseSchema: S,
  options: CallOptions = {},
): Promise<ApiResult<z.infer<S>>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return finish(await httpRequest(method, path, body, responseSchema, timeoutMs), options);
}
