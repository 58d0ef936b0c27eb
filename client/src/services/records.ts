import { recordData } from '@shared/schemas/api/records';
import type { RecordView } from '@shared/schemas/api/views';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';

/**
 * records.get: one record in full (certificate URLs, the names of everyone in its history).
 * Here rather than in a feature because 我的记录 (the detail page) and 登记证书 (a returned
 * record opened for 修改后重新提交) both read it.
 */
export async function fetchRecord(recordId: string, options?: CallOptions): Promise<ApiResult<RecordView>> {
  const result = await callFunction('records', 'get', { recordId }, recordData, options);
  return result.ok ? { ok: true, data: result.data.record } : result;
}
