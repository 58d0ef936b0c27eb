import { useCallback, useState } from 'react';
import { useRemote } from '@/hooks/use-remote';
import { batchApprove, fetchQueue, type BatchResult, type QueueItem } from '../api/review-api';
import type { ApiError } from '@/services/api-client';

/** Batch state: choosing, confirming the summary, sending, or showing per-record results. */
export type BatchStep =
  | { step: 'off' }
  | { step: 'choosing' }
  | { step: 'confirm' }
  | { step: 'sending' }
  | { step: 'done'; result: BatchResult; titles: Record<string, string> }
  | { step: 'failed'; error: ApiError };

/** The queue with selection and batch approval. A batch is at most 50 (the server's limit). */
export function useReviewQueue() {
  const remote = useRemote(() => fetchQueue());
  const [selected, setSelected] = useState<string[]>([]);
  const [batch, setBatch] = useState<BatchStep>({ step: 'off' });
  const items: QueueItem[] = remote.state.status === 'success' ? remote.state.data.items : [];

  const toggle = useCallback((id: string) => {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  }, []);
  const selectAll = useCallback(() => {
    setSelected((s) => (s.length === items.length ? [] : items.map((i) => i.id)));
  }, [items]);

  const start = () => { setSelected([]); setBatch({ step: 'choosing' }); };
  const cancel = () => { setSelected([]); setBatch({ step: 'off' }); };
  const confirm = () => { if (selected.length > 0) setBatch({ step: 'confirm' }); };
  const back = () => setBatch({ step: 'choosing' });

  const send = async () => {
    const chosen = items.filter((i) => selected.includes(i.id));
    setBatch({ step: 'sending' });
    const result = await batchApprove(chosen.map((i) => ({ recordId: i.id, version: i.version })));
    if (!result.ok) { setBatch({ step: 'failed', error: result.error }); return; }
    const titles = Object.fromEntries(chosen.map((i) => [i.id, `${i.teacherName ?? ''}《${i.input.title}》`]));
    setBatch({ step: 'done', result: result.data, titles });
    setSelected([]);
    await remote.reload();
  };

  const finish = () => setBatch({ step: 'off' });
  const chosenItems = items.filter((i) => selected.includes(i.id));
  return { state: remote.state, reload: remote.reload, selected, chosenItems, toggle, selectAll, batch, start, cancel, confirm, back, send, finish };
}
