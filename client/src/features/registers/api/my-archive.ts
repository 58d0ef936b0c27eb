import { exportData, type ExportData } from '@shared/schemas/api/export-view';
import { callFunction, type ApiResult } from '@/services/api-client';

/** Exports take a while (a whole county; her photos in her workbook): allow more than the default 15 s. */
export const exportTimeoutMs = 90_000;

/**
 * registers.my-archive: the signed-in teacher's 个人电子学习档案. Its own file because 我的 (weapp
 * main package) calls it: it reads only the export-view schema, not every registers schema.
 */
export function exportMyArchive(year?: number): Promise<ApiResult<ExportData>> {
  return callFunction('registers', 'my-archive', year === undefined ? {} : { year }, exportData, { timeoutMs: exportTimeoutMs });
}
