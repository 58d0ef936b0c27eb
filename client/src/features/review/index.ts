/** Public surface of the review feature (审核: queue, one record, return, batch). */
export { QueueList } from './components/queue-list';
export { ReviewScreen } from './components/review-screen';
export { useReviewQueue } from './hooks/use-review-queue';
export { useReviewDetail } from './hooks/use-review-detail';
export { fetchQueue, type QueueItem, type QueuePage } from './api/review-api';
