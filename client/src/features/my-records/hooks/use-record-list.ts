import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '@/services/api-client';
import { fetchRecordPage, type RecordQuery, type RecordView } from '../api/records';
import type { LocalPendingItem, LocalPendingSource } from '../api/local-pending';

/** What 我的记录 shows: the pages loaded so far, or why there are none. */
export type RecordListState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'success'; items: RecordView[]; total: number; more: 'idle' | 'loading' | 'error'; moreError: ApiError | null };

/**
 * The teacher's records for a query, page by page (records.list, newest first).
 * A new query starts again from the first page; `loadMore` appends the next page and keeps
 * what is shown if it fails; answers to an older query are dropped.
 */
export function useRecordList(query: RecordQuery): {
  state: RecordListState; reload: () => Promise<void>; loadMore: () => Promise<void>;
} {
  const [state, setState] = useState<RecordListState>({ status: 'loading' });
  const generation = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const queryRef = useRef(query);
  queryRef.current = query;

  const reload = useCallback(async () => {
    const id = ++generation.current;
    setState({ status: 'loading' });
    const result = await fetchRecordPage(queryRef.current, 0);
    if (id !== generation.current) return;
    setState(result.ok
      ? { status: 'success', items: result.data.items, total: result.data.total, more: 'idle', moreError: null }
      : { status: 'error', error: result.error });
  }, []);

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    if (current.status !== 'success' || current.more === 'loading' || current.items.length >= current.total) return;
    const id = generation.current;
    setState({ ...current, more: 'loading', moreError: null });
    const result = await fetchRecordPage(queryRef.current, current.items.length);
    if (id !== generation.current) return;
    setState((s) => {
      if (s.status !== 'success') return s;
      if (!result.ok) return { ...s, more: 'error', moreError: result.error };
      // A record submitted meanwhile shifts the pages by one: never show a row twice.
      const seen = new Set(s.items.map((r) => r.id));
      const items = [...s.items, ...result.data.items.filter((r) => !seen.has(r.id))];
      return { status: 'success', items, total: result.data.total, more: 'idle', moreError: null };
    });
  }, []);

  const { year, statuses } = query;
  const statusKey = statuses ? statuses.join(',') : '';
  useEffect(() => {
    void reload();
    return () => { generation.current += 1; };
  }, [year, statusKey, reload]);

  return { state, reload, loadMore };
}

/** Submissions still on this phone, kept current as the outbox changes. */
export function useLocalPending(source: LocalPendingSource): LocalPendingItem[] {
  const [items, setItems] = useState<LocalPendingItem[]>(() => source.list());
  useEffect(() => {
    setItems(source.list());
    return source.subscribe(() => setItems(source.list()));
  }, [source]);
  return items;
}
