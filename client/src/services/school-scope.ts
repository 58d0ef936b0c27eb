import { z } from 'zod';
import { schoolsData } from '@shared/schemas/api/registers';
import { callFunction, type ApiResult } from '@/services/api-client';

/** The schools a manager may act on, and whether the whole county is hers (registers.schools). */
export type SchoolScope = z.infer<typeof schoolsData>;

/**
 * registers.schools: what the county-admin screens (登记表导出, 名册, 操作记录) offer in their
 * school picker. Lives here, not in one feature, because all three ask it.
 */
export function fetchSchoolScope(): Promise<ApiResult<SchoolScope>> {
  return callFunction('registers', 'schools', {}, schoolsData);
}
