import Taro from '@tarojs/taro';
import { listData, recordData, submitData } from '@shared/schemas/api/records';
import type { RecordView } from '@shared/schemas/api/views';
import type { RecordInput } from '@shared/schemas/record';
import { callFunction, isOffline, type ApiResult } from '@/services/api-client';

/** records.* calls the capture screens make (schemas from shared/schemas/api/records.ts). */

const recordsKey = (personId: string) => `teacher-credits.my-records.${personId}`;

/**
 * All the teacher's records (every year, every status: the preview needs approved and
 * pending ones), paged 100 at a time; cached for offline previews.
 */
export async function fetchAllMyRecords(personId: string): Promise<ApiResult<RecordView[]>> {
  const items: RecordView[] = [];
  for (let skip = 0; skip < 2000; skip += 100) {
    const res = await callFunction('records', 'list', { limit: 100, skip }, listData);
    if (!res.ok) {
      const cached = Taro.getStorageSync(recordsKey(personId)) as RecordView[] | '';
      if (isOffline(res.error) && Array.isArray(cached)) return { ok: true, data: cached };
      return res;
    }
    items.push(...res.data.items);
    if (items.length >= res.data.total || res.data.items.length === 0) break;
  }
  Taro.setStorageSync(recordsKey(personId), items);
  return { ok: true, data: items };
}

export interface SubmitInput { requestId: string; record: RecordInput; uploadIds: string[]; retake?: boolean }

export const submitRecord = (s: SubmitInput) => callFunction('records', 'submit', {
  requestId: s.requestId, record: s.record, ...(s.uploadIds.length ? { uploadIds: s.uploadIds } : {}), ...(s.retake ? { retake: true } : {}),
}, submitData);

export interface ResubmitInput {
  recordId: string; version: number; record: RecordInput; uploadIds: string[]; removeFileIds: string[]; retake?: boolean;
}

export const resubmitRecord = (s: ResubmitInput) => callFunction('records', 'resubmit', {
  recordId: s.recordId, version: s.version, record: s.record,
  ...(s.uploadIds.length ? { uploadIds: s.uploadIds } : {}), ...(s.removeFileIds.length ? { removeFileIds: s.removeFileIds } : {}),
  ...(s.retake ? { retake: true } : {}),
}, recordData);
