import { z } from 'zod';
import { exportData, exportsData } from '@shared/schemas/api/registers';
import { callFunction, type ApiResult } from '@/services/api-client';
import { exportTimeoutMs } from './my-archive';

export type ExportResult = z.infer<typeof exportData>;
export type ExportLog = z.infer<typeof exportsData>;

/** Which registers this screen can make. */
export type RegisterKind = 'card' | 'school-table' | 'county-table';

/** registers.card / school-table / county-table for a school (or the county) and a year. */
export function exportRegister(kind: RegisterKind, year: number, schoolId?: string): Promise<ApiResult<ExportResult>> {
  const payload = kind === 'county-table' ? { year } : { year, ...(schoolId ? { schoolId } : {}) };
  return callFunction('registers', kind, payload, exportData, { timeoutMs: exportTimeoutMs });
}

/** registers.exports: the export log, newest first. */
export function fetchExportLog(schoolId?: string, skip = 0): Promise<ApiResult<ExportLog>> {
  return callFunction('registers', 'exports', { limit: 20, skip, ...(schoolId ? { schoolId } : {}) }, exportsData);
}
