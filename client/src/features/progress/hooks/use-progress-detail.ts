import { useRemote } from '@/hooks/use-remote';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { fetchMyProgress } from '@/services/progress';

/**
 * progress.mine for the progress detail page (the server's current year), loaded again
 * whenever the page shows after the first time (back from a record she just withdrew).
 */
export function useProgressDetail() {
  const remote = useRemote(() => fetchMyProgress());
  useReloadOnShow(remote.reload);
  return remote;
}
