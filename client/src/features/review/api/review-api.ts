import { z } from 'zod';
import { batchApproveData, queueData } from '@shared/schemas/api/review';
import { recordData } from '@shared/schemas/api/records';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';
/** review.queue: pending records in the caller's scope, oldest first. */
export type QueuePage = z.infer<typeof queueData>;
export type QueueItem = QueuePage['items'][number];

import { reviewDetailSchema, type ReviewDetail } from './review-schemas';

export { reviewDetailSchema, type ReviewDetail };
export type BatchResult = z.infer<typeof batchApproveData>;

/** Rows per queue page: enough to clear a morning's submissions in one list. */
export const QUEUE_PAGE = 50;

export function fetchQueue(skip = 0, options?: CallOptions): Promise<ApiResult<QueuePage>> {
  return callFunction('review', 'queue', { limit: QUEUE_PAGE, skip }, queueData, options);
}

export function fetchReviewDetail(recordId: string, options?: CallOptions): Promise<ApiResult<ReviewDetail>> {
  return callFunction('review', 'detail', { recordId }, reviewDetailSchema, options);
}

export function approveRecord(recordId: string, version: number): Promise<ApiResult<z.infer<typeof recordData>>> {
  return callFunction('review', 'approve', { recordId, version }, recordData);
}

export function returnRecord(recordId: string, version: number, reason: string, fields: string[]): Promise<ApiResult<z.infer<typeof recordData>>> {
  return callFunction('review', 'return', { recordId, version, reason, ...(fields.length ? { fields } : {}) }, recordData);
}

export function batchApprove(items: { recordId: string; version: number }[]): Promise<ApiResult<BatchResult>> {
  return callFunction('review', 'batch-approve', { items }, batchApproveData);
}
