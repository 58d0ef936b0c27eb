import { useRemote } from '@/hooks/use-remote';
import { fetchDemoPeople } from '../api/identity';

/** H5 local stack: the people one may sign in as, with loading/error state and reload. */
export function useDemoPeople() {
  return useRemote(fetchDemoPeople);
}
