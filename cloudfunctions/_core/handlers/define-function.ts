import type { z } from 'zod';
import type { FunctionResult } from '../../../shared/schemas/api/envelope';
import { capMessage, formatZodError } from '../../../shared/schemas/api/format-issues';
import type { Deps } from '../deps';
import { AppError } from '../use-cases/app-error';

/** A cloud function as the registry holds it: any event in, an envelope out. Never throws. */
export type FunctionHandler = (event: unknown, deps: Deps) => Promise<FunctionResult>;

type Actions<E extends { action: string }> = {
  [K in E['action']]: (event: Extract<E, { action: K }>, deps: Deps) => Promise<unknown>;
};

/** Largest event accepted (a 500-row roster import is ~100 KB). */
export const maxEventChars = 512 * 1024;

function eventSize(event: unknown): number {
  try {
    return JSON.stringify(event)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Builds a function from its shared event schema and one runner per action.
 * The wrapper is the only place that maps failures: zod → INVALID_INPUT with a
 * Chinese message naming the field; AppError → its code; an unsafe storage
 * path (adapters/file-path) → INVALID_INPUT; anything else → INTERNAL with a
 * generic message, the detail logged server-side only. Messages are capped at
 * 300 characters.
 */
export function defineFunction<S extends z.ZodType<{ action: string }>>(
  name: string,
  schema: S,
  actions: Actions<z.infer<S>>,
): FunctionHandler {
  return async (event, deps) => {
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: '请求内容必须是一个对象' } };
    }
    if (eventSize(event) > maxEventChars) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: '请求内容过大' } };
    }
    const parsed = schema.safeParse(event, { reportInput: true });
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: formatZodError(parsed.error) } };
    const input = parsed.data;
    const run = (actions as Record<string, (e: unknown, d: Deps) => Promise<unknown>>)[input.action];
    try {
      if (!run) throw new AppError('NOT_IMPLEMENTED', '该功能暂未开放');
      return { ok: true, data: await run(input, deps) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: { code: err.code, message: capMessage(err.message) } };
      // A file id no store can hold (UnsafeFilePathError from any FileStore) is the caller's mistake, not a
      // server failure. The one place this is mapped; use-cases let it through.
      if ((err as { code?: unknown } | null)?.code === 'INVALID_FILE_PATH') {
        return { ok: false, error: { code: 'INVALID_INPUT', message: '文件编号不正确，请重新上传' } };
      }
      (deps.log ?? console.error)(`${name}.${input.action} failed`, err);
      return { ok: false, error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } };
    }
  };
}

