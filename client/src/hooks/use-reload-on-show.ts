import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';

/**
 * Calls `reload` each time the page shows AGAIN: back from a page it opened (a record she
 * withdrew, a review just sent) or a tab switched back to (tab pages stay mounted). The
 * first show is skipped because the page's own first load is already under way.
 */
export function useReloadOnShow(reload: () => unknown): void {
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) { firstShow.current = false; return; }
    void reload();
  });
}
