import type { Deps } from '../deps';
import { cleanUpUploads } from '../use-cases/maintenance/clean-up-uploads';
import type { FunctionHandler } from './define-function';

/**
 * The production cleanup (docs/uploads.md): a timer-triggered CloudBase
 * function (`cloudfunctions/cleanup/index.ts` = `cloudbaseMain(cleanupTimer)`,
 * trigger `0 0 3 * * * *`). Timer runs carry no OPENID; any call that does
 * (a mini-program calling the function by name) is refused, so no user can
 * start a deletion run.
 */
export const cleanupTimer: FunctionHandler = async (event: unknown, deps: Deps) => {
  if (deps.identity.openid() !== null) return { ok: false, error: { code: 'FORBIDDEN', message: '该功能只由定时任务调用' } };
  const dryRun = typeof event === 'object' && event !== null && (event as { dryRun?: unknown }).dryRun === true;
  const report = await cleanUpUploads(deps, { dryRun });
  return {
    ok: true,
    data: { dryRun, at: report.at, expiredUploads: report.expiredUploads.length, bytes: report.bytes, inventoried: report.inventoried },
  };
};
