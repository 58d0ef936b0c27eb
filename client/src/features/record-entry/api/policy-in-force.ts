import Taro from '@tarojs/taro';
import { loadPolicy } from '@shared/policies/load-policy';
import { policyGetData } from '@shared/schemas/api/policy';
import type { PolicyRef } from '@shared/schemas/api/views';
import type { Policy } from '@shared/schemas/policy';
import { callFunction, isOffline, type ApiResult } from '@/services/api-client';

/**
 * The county's policy in force for a year (policy.get), kept on the phone with its
 * publication version so the form and preview work on a poor or absent network. The
 * cached copy is used when the network fails; a newer version replaces it.
 */
export interface PolicyInForce { ref: PolicyRef; policy: Policy; fromCache: boolean }

interface Cached { ref: PolicyRef; data: unknown }

const cacheKey = (personId: string, year: number) => `teacher-credits.policy.${personId}.${year}`;

function validated(ref: PolicyRef, data: unknown, fromCache: boolean): ApiResult<PolicyInForce> {
  const loaded = loadPolicy(data);
  if (!loaded.ok) return { ok: false, error: { code: 'POLICY_INVALID', message: '本县的学分政策数据有误，请联系县级管理员' } };
  return { ok: true, data: { ref, policy: loaded.policy, fromCache } };
}

/** The cached copy, if any (shown at once while the network answers). */
export function cachedPolicy(personId: string, year: number): PolicyInForce | null {
  const raw = Taro.getStorageSync(cacheKey(personId, year)) as Cached | '';
  if (!raw || typeof raw !== 'object') return null;
  const res = validated(raw.ref, raw.data, true);
  return res.ok ? res.data : null;
}

/** Asks the server; on a network failure falls back to the cached copy. */
export async function fetchPolicyInForce(personId: string, year: number): Promise<ApiResult<PolicyInForce>> {
  const res = await callFunction('policy', 'get', { year }, policyGetData);
  if (res.ok && res.data.published) {
    const ref = res.data.published;
    const cached = Taro.getStorageSync(cacheKey(personId, year)) as Cached | '';
    if (!cached || cached.ref.version !== ref.version || cached.ref.publishedAt !== ref.publishedAt) {
      Taro.setStorageSync(cacheKey(personId, year), { ref, data: res.data.policy } satisfies Cached);
    }
    return validated(ref, res.data.policy, false);
  }
  if (!res.ok && isOffline(res.error)) {
    const cached = cachedPolicy(personId, year);
    if (cached) return { ok: true, data: cached };
  }
  return res.ok ? { ok: false, error: { code: 'NOT_FOUND', message: '本县尚未发布本年度的学分政策' } } : res;
}
