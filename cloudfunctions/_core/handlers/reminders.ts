import type { Deps } from '../deps';
import { runDailyReminders } from '../use-cases/reminders/daily-reminders';
import type { FunctionHandler } from './define-function';

/**
 * The daily reminders (docs/reminders.md): a timer-triggered CloudBase function
 * (`cloudfunctions/reminders/index.ts` = `cloudbaseMain(remindersTimer)`, trigger
 * `0 0 8 * * * *`, 08:00 Beijing time). Like the cleanup, any call that carries an
 * OPENID (the mini-program calling it by name) is refused before anything is read.
 */
export const remindersTimer: FunctionHandler = async (_event: unknown, deps: Deps) => {
  if (deps.identity.openid() !== null) return { ok: false, error: { code: 'FORBIDDEN', message: '该功能只由定时任务调用' } };
  try {
    return { ok: true, data: await runDailyReminders(deps) };
  } catch (err) {
    (deps.log ?? console.error)('reminders failed', err);
    return { ok: false, error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后重试' } };
  }
};
