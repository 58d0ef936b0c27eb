import type { Policy } from '../schemas/policy';
import { loadPolicy } from './load-policy';
import huoerguosi from './huoerguosi-2024.json';
import jianan from './jianan-2024.json';
import tongyu from './tongyu-2026.json';
import wuding from './wuding-2021.json';
import yongji from './yongji-2018.json';

export { loadPolicy, type LoadPolicyResult } from './load-policy';
export { policyErrorCodes, type PolicyError, type PolicyErrorCode } from './policy-errors';

/** The five county documents, as data; imported statically so they bundle in the mini-program. */
const builtInData: readonly unknown[] = [tongyu, wuding, jianan, huoerguosi, yongji];

let loaded: Map<string, Policy> | null = null;

/** Validates the built-in policies once; a broken built-in is a programming error. */
function builtIns(): Map<string, Policy> {
  if (loaded) return loaded;
  const map = new Map<string, Policy>();
  for (const raw of builtInData) {
    const res = loadPolicy(raw);
    if (!res.ok) {
      const id = (raw as { id?: unknown }).id;
      throw new Error(`内置政策 ${String(id)} 无效：${res.errors.map((e) => `${e.code} ${e.message}`).join('；')}`);
    }
    map.set(res.policy.id, res.policy);
  }
  loaded = map;
  return map;
}

/** A built-in policy by id ("tongyu-2026"), or null. */
export function getPolicy(id: string): Policy | null {
  return builtIns().get(id) ?? null;
}

/** What a policy picker shows. */
export interface PolicySummary {
  id: string;
  name: string;
  region: Policy['region'];
  version: number;
  years: number[];
  cycle: { startYear: number; endYear: number } | null;
  sourceTitle: string;
}

/** Summaries of the built-in policies, in document order. */
export function listPolicies(): PolicySummary[] {
  return [...builtIns().values()].map((p) => ({
    id: p.id, name: p.name, region: p.region, version: p.version, years: [...p.period.years],
    cycle: p.period.cycle ? { startYear: p.period.cycle.startYear, endYear: p.period.cycle.endYear } : null,
    sourceTitle: p.source.title,
  }));
}
