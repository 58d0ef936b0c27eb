import { z } from 'zod';
import { exportData, exportsData } from '@shared/schemas/api/registers';
import { callFunction, type ApiResult } from '@/services/api-client';

export type ExportResult = z.infer<typeof exportData>;
export type ExportLog = z.infer<typeof exportsData>;

/** Which registers this screen can make. */
export type RegisterKind = 'card' | 'school-table' | 'county-table';

/** Exports take a while for a whole county: allow more than the default 15 s. */
const exportTimeoutMs = 90_000;

/** registers.card / school-table / county-table for a school (or the county) and a year. */
export function exportRegister(kind: RegisterKind, year: number, schoolId?: string): Promise<ApiResult<ExportResult>> {
  const payload = kind === 'county-table' ? { year } : { year, ...(schoolId ? { schoolId } : {}) };
  return callFunction('registers', kind, payload, exportData, { timeoutMs: exportTimeoutMs });
}

/** registers.my-archive: the signed-in teacher's 个人电子学习档案. */
export function exportMyArchive(year?: number): Promise<ApiResult<ExportResult>> {
  return callFunction('registers', 'my-archive', year === undefined ? {} : { year }, exportData, { timeoutMs: exportTimeoutMs });
}

/** registers.exports: the export log, newest first. */
export function fetchExportLog(schoolId?: string, skip = 0): Promise<ApiResult<ExportLog>> {
  return callFunction('registers', 'exports', { limit: 20, skip, ...(schoolId ? { schoolId } : {}) }, exportsData);
}
