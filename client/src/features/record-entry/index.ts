/** Public surface of the record-entry feature (登记证书 / 重新提交). */
export { RecordEntry, type RecordEntryProps } from './components/record-entry';
export type { Prefill } from './hooks/use-record-draft';
export { formPlanOf, type FormPlan } from '@/services/form-plan';
