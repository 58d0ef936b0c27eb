import type { Caller } from '../../auth/resolve-caller';
import type { Deps } from '../../deps';
import { AppError } from '../app-error';
import { approveRecord } from './approve-record';

type ItemResult =
  | { recordId: string; ok: true; version: number }
  | { recordId: string; ok: false; error: { code: string; message: string } };

/**
 * review.batch-approve: approves each record in its own transaction (CloudBase
 * transactions are single-document-oriented), so one stale or foreign record
 * fails alone with its own code while the rest land.
 */
export async function batchApprove(
  deps: Deps,
  caller: Caller,
  event: { items: { recordId: string; version: number }[]; note?: string },
): Promise<{ approved: number; failed: number; results: ItemResult[] }> {
  const seen = new Set<string>();
  const results: ItemResult[] = [];
  for (const item of event.items) {
    if (seen.has(item.recordId)) {
      results.push({ recordId: item.recordId, ok: false, error: { code: 'INVALID_INPUT', message: '同一条记录重复出现' } });
      continue;
    }
    seen.add(item.recordId);
    try {
      const { record } = await approveRecord(deps, caller, { ...item, ...(event.note ? { note: event.note } : {}) });
      results.push({ recordId: item.recordId, ok: true, version: record.version });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ recordId: item.recordId, ok: false, error: { code: err.code, message: err.message } });
    }
  }
  const approved = results.filter((r) => r.ok).length;
  return { approved, failed: results.length - approved, results };
}
