import { z } from 'zod';
import { listData, recordData } from '@shared/schemas/api/records';
import type { RecordView } from '@shared/schemas/api/views';
import type { RecordStatus } from '@shared/schemas/record';
import { callFunction, type ApiResult, type CallOptions } from '@/services/api-client';

export type { RecordView };

/** Rows per page of 我的记录: enough to fill two screens, small on a slow line. */
export const PAGE_SIZE = 20;

/** What the list asks for: a year (or all) and the statuses of one chip (or all). */
export interface RecordQuery {
  year: number | null;
  statuses: readonly RecordStatus[] | null;
}

export type RecordPage = z.infer<typeof listData>;

/** One page of the signed-in teacher's own records, newest submission first (records.list). */
export function fetchRecordPage(query: RecordQuery, skip: number, options?: CallOptions): Promise<ApiResult<RecordPage>> {
  const payload: Record<string, unknown> = { limit: PAGE_SIZE, skip };
  if (query.year !== null) payload.year = query.year;
  if (query.statuses) payload.status = query.statuses.length === 1 ? query.statuses[0] : [...query.statuses];
  return callFunction('records', 'list', payload, listData, options);
}

/** Withdraws an own record not yet approved; `version` is the one on screen (records.withdraw). */
export async function withdrawRecord(record: Pick<RecordView, 'id' | 'version'>, options?: CallOptions): Promise<ApiResult<RecordView>> {
  const result = await callFunction('records', 'withdraw', { recordId: record.id, version: record.version }, recordData, options);
  return result.ok ? { ok: true, data: result.data.record } : result;
}
