import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { fetchPendingCount } from '../api/pending-count';

/** Index of 管理 in the tab bar (app.config.ts). */
export const MANAGE_TAB_INDEX = 1;

/** Puts the count on the 管理 tab icon (「99+」 above 99), or clears it. Never throws. */
export async function showPendingBadge(count: number): Promise<void> {
  try {
    if (count > 0) await Taro.setTabBarBadge({ index: MANAGE_TAB_INDEX, text: count > 99 ? '99+' : String(count) });
    else await Taro.removeTabBarBadge({ index: MANAGE_TAB_INDEX });
  } catch {
    // Not on a tab page (or no tab bar in this build): the number on the hub card still shows.
  }
}

/** Pending count for a reviewer; refreshed by `refresh()` (each time 管理 shows). */
export function usePendingBadge(active: boolean) {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(async () => {
    if (!active) { setCount(null); await showPendingBadge(0); return; }
    const r = await fetchPendingCount();
    if (r.ok) { setCount(r.data); await showPendingBadge(r.data); }
  }, [active]);
  useEffect(() => { void refresh(); }, [refresh]);
  return { count, refresh };
}
