import { reviewEvent } from '../../../shared/schemas/api/review';
import { resolveCaller } from '../auth/resolve-caller';
import { approveRecord } from '../use-cases/review/approve-record';
import { batchApprove } from '../use-cases/review/batch-approve';
import { reviewDetail } from '../use-cases/review/review-detail';
import { returnRecord } from '../use-cases/review/return-record';
import { reviewQueue } from '../use-cases/review/review-queue';
import { defineFunction } from './define-function';

/** review: queue, approve, return, batch-approve, detail. */
export const reviewFunction = defineFunction('review', reviewEvent, {
  queue: async (e, deps) => reviewQueue(deps, await resolveCaller(deps), e),
  approve: async (e, deps) => approveRecord(deps, await resolveCaller(deps), e),
  return: async (e, deps) => returnRecord(deps, await resolveCaller(deps), e),
  'batch-approve': async (e, deps) => batchApprove(deps, await resolveCaller(deps), e),
  detail: async (e, deps) => reviewDetail(deps, await resolveCaller(deps), e),
});
