/** Public surface of 我的记录 (list, record detail, withdraw). */
export { RecordList, type RecordListProps } from './components/record-list';
export { RecordDetail, type RecordDetailProps } from './components/record-detail';
export { useRecordList, useLocalPending, type RecordListState } from './hooks/use-record-list';
export { useRecordDetail, type WithdrawState } from './hooks/use-record-detail';
export { fetchRecordPage, withdrawRecord, PAGE_SIZE, type RecordQuery, type RecordView } from './api/records';
export { noLocalPending, outboxOf, type LocalPendingItem, type LocalPendingSource } from './api/local-pending';
export { detailUrl, resubmitUrl } from './components/record-text';
