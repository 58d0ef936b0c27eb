import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '@/services/api-client';
import type { RemoteState } from '@/hooks/use-remote';
import { approveRecord, fetchQueue, fetchReviewDetail, returnRecord, type ReviewDetail } from '../api/review-api';
import { handledByText } from '../components/review-text';

/** What the screen says after an action: done (with the next record or none), or handled elsewhere. */
export type ActionOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'approve' | 'return' }
  | { kind: 'handled'; message: string }
  | { kind: 'error'; error: ApiError }
  | { kind: 'queue-empty'; message: string };

/** Codes meaning: this record is no longer waiting for you. */
const stale = new Set(['VERSION_CONFLICT', 'INVALID_STATE']);

/**
 * One record under review. After approve/return the next oldest record opens in place
 * (no page stack growing between classes); when someone else was faster the screen says
 * who (「该记录已被孙丽华处理」) and offers the next one.
 */
export function useReviewDetail(initialId: string) {
  const [recordId, setRecordId] = useState(initialId);
  const [state, setState] = useState<RemoteState<ReviewDetail>>({ status: 'loading' });
  const [outcome, setOutcome] = useState<ActionOutcome>({ kind: 'idle' });
  const [done, setDone] = useState<string[]>([]);
  const latest = useRef(0);

  const load = useCallback(async (id: string) => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    const result = await fetchReviewDetail(id);
    if (ticket !== latest.current) return null;
    setState(result.ok ? { status: 'success', data: result.data } : { status: 'error', error: result.error });
    return result.ok ? result.data : null;
  }, []);

  useEffect(() => { void load(recordId); }, [recordId, load]);

  /** Opens the oldest record still waiting (skipping this one), or says the queue is clear. */
  const openNext = useCallback(async (message: string) => {
    const page = await fetchQueue();
    const next = page.ok ? page.data.items.find((i) => i.id !== recordId) : undefined;
    if (next) { setOutcome({ kind: 'idle' }); setRecordId(next.id); return message; }
    setOutcome({ kind: 'queue-empty', message: page.ok ? `${message}，待审核的记录都处理完了` : message });
    return message;
  }, [recordId]);

  const afterFailure = useCallback(async (error: ApiError) => {
    if (!stale.has(error.code)) { setOutcome({ kind: 'error', error }); return; }
    const fresh = await load(recordId);
    setOutcome({ kind: 'handled', message: fresh ? handledByText(fresh.reviewedByName, fresh.record.status) : handledByText(null, '') });
  }, [load, recordId]);

  const approve = useCallback(async () => {
    if (state.status !== 'success') return null;
    setOutcome({ kind: 'busy', what: 'approve' });
    const r = await approveRecord(state.data.record.id, state.data.record.version);
    if (!r.ok) { await afterFailure(r.error); return null; }
    setDone((d) => [...d, r.data.record.id]);
    return openNext('已通过');
  }, [state, afterFailure, openNext]);

  const giveBack = useCallback(async (reason: string, fields: string[]) => {
    if (state.status !== 'success') return null;
    setOutcome({ kind: 'busy', what: 'return' });
    const r = await returnRecord(state.data.record.id, state.data.record.version, reason, fields);
    if (!r.ok) { await afterFailure(r.error); return null; }
    setDone((d) => [...d, r.data.record.id]);
    return openNext('已退回');
  }, [state, afterFailure, openNext]);

  return {
    recordId, state, outcome, done, approve, giveBack,
    reload: () => load(recordId),
    next: () => openNext('已刷新'),
    dismiss: () => setOutcome({ kind: 'idle' }),
  };
}
