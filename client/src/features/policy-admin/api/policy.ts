import { z } from 'zod';
import { policyGetData, policyListData, publishData } from '@shared/schemas/api/policy';
import { policySchema, type Policy } from '@shared/schemas/policy';
import { callFunction, type ApiResult } from '@/services/api-client';

export type PolicyList = z.infer<typeof policyListData>;
export type PolicyRef = PolicyList['published'][number];

/** policy.get's answer with the policy data read as a Policy (defaults filled), so the screen can describe it. */
export const policyAnswerSchema = policyGetData.extend({ policy: policySchema });
export type PolicyAnswer = { policy: Policy; published: PolicyRef | null };

/** policy.list: built-in templates and this county's publications. */
export function fetchPolicyList(): Promise<ApiResult<PolicyList>> {
  return callFunction('policy', 'list', {}, policyListData);
}

/** policy.get: the policy in force for a year (its publication), or a built-in template by id. */
export function fetchPolicy(query: { year: number } | { policyId: string }): Promise<ApiResult<PolicyAnswer>> {
  return callFunction('policy', 'get', query, policyAnswerSchema) as Promise<ApiResult<PolicyAnswer>>;
}

/** policy.publish: a built-in policy as version n+1 for the year; `expectedVersion` = the latest version seen (0 = none). */
export function publishPolicy(year: number, policyId: string, expectedVersion: number, note?: string): Promise<ApiResult<z.infer<typeof publishData>>> {
  return callFunction('policy', 'publish', { year, policyId, expectedVersion, ...(note ? { note } : {}) }, publishData);
}

/** The latest version published for exactly this year (0 when none) — what publish expects. */
export function latestVersionFor(list: PolicyList, year: number): number {
  return list.published.filter((p) => p.year === year).reduce((n, p) => Math.max(n, p.version), 0);
}
