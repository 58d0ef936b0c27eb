import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '@/services/api-client';

/** What a screen shows for one remote value: every screen handles all three. */
export type RemoteState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

/**
 * Loads a value through the API wrapper and keeps loading/success/error state.
 * `reload()` runs it again (重试). Only the latest call's answer is kept, so a slow
 * old answer never overwrites a newer one; a shown answer stays until the new one arrives.
 */
export function useRemote<T>(load: () => Promise<ApiResult<T>>, autoLoad = true): {
  state: RemoteState<T>;
  reload: () => Promise<void>;
} {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const id = ++latest.current;
    // Keep showing a previous answer while refreshing (no flash on every tab switch).
    setState((s) => (s.status === 'success' ? s : { status: 'loading' }));
    const result = await loadRef.current();
    if (id !== latest.current) return;
    setState(result.ok ? { status: 'success', data: result.data } : { status: 'error', error: result.error });
  }, []);

  useEffect(() => {
    if (autoLoad) void reload();
    // Why: invalidate pending answers on unmount so they don't set state on a dead component.
    return () => { latest.current += 1; };
  }, [autoLoad, reload]);

  return { state, reload };
}
