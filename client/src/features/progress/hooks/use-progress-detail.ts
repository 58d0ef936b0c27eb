import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { useRemote } from '@/hooks/use-remote';
import { fetchMyProgress } from '../api/mine';

/**
 * progress.mine for the progress detail page (the server's current year), loaded again
 * whenever the page shows after the first time (back from a record she just withdrew).
 */
export function useProgressDetail() {
  const remote = useRemote(() => fetchMyProgress());
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) { firstShow.current = false; return; }
    void remote.reload();
  });
  return remote;
}
