import { queueData } from '@shared/schemas/api/review';
import { callFunction, type ApiResult } from '@/services/api-client';

/** How many records wait for this reviewer (review.queue total; one row asked, not the page). */
export async function fetchPendingCount(): Promise<ApiResult<number>> {
  const r = await callFunction('review', 'queue', { limit: 1 }, queueData);
  return r.ok ? { ok: true, data: r.data.total } : r;
}
