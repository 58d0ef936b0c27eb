/** Helpers that drive a record to a given status through the real functions (test-only). */
import type { RecordStatus } from '../../../../shared/schemas/record';
import { recordInput, rid, type Who, type World } from './world';

export interface RecordRef { id: string; version: number; status: RecordStatus }

type RecordData = { record: RecordRef };

/** Submits a record for `who` (default alice). */
export async function submitAs(w: World, who: Who = 'alice', over: Record<string, unknown> = {}): Promise<RecordRef> {
  const data = await w.ok<RecordData>('records', { action: 'submit', requestId: rid(), record: recordInput(over) }, who);
  return data.record;
}

/** A record of alice in `status`, reached by the allowed path (reviewer: paula). */
export async function recordIn(w: World, status: RecordStatus): Promise<RecordRef> {
  let r = await submitAs(w);
  const step = async (fn: 'records' | 'review', event: Record<string, unknown>, who: Who) => {
    r = (await w.ok<RecordData>(fn, { ...event, recordId: r.id, version: r.version }, who)).record;
  };
  if (status === 'submitted') return r;
  if (status === 'approved') { await step('review', { action: 'approve' }, 'paula'); return r; }
  if (status === 'withdrawn') { await step('records', { action: 'withdraw' }, 'alice'); return r; }
  await step('review', { action: 'return', reason: '证书照片不清楚' }, 'paula');
  if (status === 'returned') return r;
  if (status === 'resubmitted') { await step('records', { action: 'resubmit' }, 'alice'); return r; }
  throw new Error(`cannot reach ${status} through the API`);
}
