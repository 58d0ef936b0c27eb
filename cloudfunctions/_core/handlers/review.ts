import { reviewEvent } from '../../../shared/schemas/api/review';
import { defineFunction, notImplemented } from './define-function';

/** review: queue, approve, return, batch-approve. */
export const reviewFunction = defineFunction('review', reviewEvent, {
  queue: notImplemented,
  approve: notImplemented,
  return: notImplemented,
  'batch-approve': notImplemented,
});
