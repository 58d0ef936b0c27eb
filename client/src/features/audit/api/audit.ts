import { z } from 'zod';
import { auditData } from '@shared/schemas/api/registers';
import type { AuditAction } from '@shared/schemas/domain/audit-entry';
import { callFunction, type ApiResult } from '@/services/api-client';

export type AuditPage = z.infer<typeof auditData>;
export interface AuditFilter { schoolId?: string; actions?: AuditAction[]; from?: string; to?: string }

/** registers.audit: one page of recent actions, newest first. */
export function fetchAudit(filter: AuditFilter, skip = 0, limit = 30): Promise<ApiResult<AuditPage>> {
  const payload: Record<string, unknown> = { limit, skip };
  if (filter.schoolId) payload.schoolId = filter.schoolId;
  if (filter.actions && filter.actions.length > 0) payload.actions = filter.actions;
  if (filter.from) payload.from = filter.from;
  if (filter.to) payload.to = filter.to;
  return callFunction('registers', 'audit', payload, auditData);
}
