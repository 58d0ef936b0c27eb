/**
 * The result envelope the local routes answer with. Same shape as every cloud
 * function's result (docs/api-contract.md), so the client handles local-only
 * routes (sign-in, upload) and functions with one code path.
 */
import { capMessage } from '../../shared/schemas/api/format-issues';

export interface LocalFailure { ok: false; error: { code: string; message: string } }
export interface LocalSuccess<T> { ok: true; data: T }

/** Builds a failure with a stable code and a Chinese message (capped: never a wall of echoed input). */
export function fail(code: string, message: string): LocalFailure {
  return { ok: false, error: { code, message: capMessage(message) } };
}

/** Builds a success. */
export function ok<T>(data: T): LocalSuccess<T> {
  return { ok: true, data };
}

/** Error codes the transport itself can produce, with their user-facing words. */
export const transportErrors = {
  badJson: () => fail('INVALID_INPUT', '请求内容不是有效的 JSON'),
  notObject: () => fail('INVALID_INPUT', '请求内容必须是一个对象'),
  tooLarge: (limitText: string) => fail('FILE_TOO_LARGE', `请求内容过大，不能超过 ${limitText}`),
  unsupportedType: () => fail('INVALID_INPUT', '不支持的请求内容类型'),
  unauthenticated: () => fail('UNAUTHENTICATED', '请先登录'),
  unknownFunction: (name: string) => fail('NOT_FOUND', `没有名为「${name.slice(0, 40)}」的云函数`),
  notFound: () => fail('NOT_FOUND', '请求的地址不存在'),
  internal: () => fail('INTERNAL', '服务器出了点问题，请稍后重试'),
} as const;
