import type { TeacherContext } from '../schemas/teacher-context';
import type { CompiledPolicyData } from './compiled-types';
import { cycleLimits, yearLimits } from './effective-limits';
import type { ScopeLimits } from './ledger';

/** Limits in force for one teacher: per year of the period, and the cycle's. Shared and read-only. */
export interface TeacherLimits {
  years: ScopeLimits[];
  cycle: ScopeLimits;
}

/** Teachers with the same statuses in the same years have the same limits. */
const byPolicy = new WeakMap<CompiledPolicyData, Map<string, TeacherLimits>>();
/** Distinct status combinations are few; past this many, limits are derived each time. */
const MAX_KEYS = 10_000;

function derive(cp: CompiledPolicyData, teacher: TeacherContext): TeacherLimits {
  return { years: cp.period.years.map((y) => yearLimits(cp, teacher, y)), cycle: cycleLimits(cp, teacher) };
}

/**
 * The teacher's limits, derived once per distinct set of statuses (not once
 * per scope and teacher): a county has thousands of teachers but a handful
 * of status combinations.
 */
export function teacherLimits(cp: CompiledPolicyData, teacher: TeacherContext): TeacherLimits {
  let cache = byPolicy.get(cp);
  if (!cache) {
    cache = new Map();
    byPolicy.set(cp, cache);
  }
  const key = teacher.statuses.length === 0 ? '' : teacher.statuses.map((s) => `${s.status}:${s.years?.join(',') ?? '*'}`).join(';');
  let hit = cache.get(key);
  if (!hit) {
    hit = derive(cp, teacher);
    if (cache.size < MAX_KEYS) cache.set(key, hit);
  }
  return hit;
}
