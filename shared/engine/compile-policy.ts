import type { Policy } from '../schemas/policy';
import type { ProgressReport } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { TeacherContext } from '../schemas/teacher-context';
import { policyForYear } from '../policies/period-instances';
import { compilePolicyData } from './compile-data';
import type { CompiledPolicyData } from './compiled-types';
import { computeReport, type ComputeOptions } from './compute-report';

/** A policy compiled once into matchers and exact numbers; compute as often as needed. */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** The period as written (for a recurring policy: its first instance). */
  readonly data: CompiledPolicyData;
  /**
   * The progress report of one teacher (see {@link computeReport}), over the
   * period instance that covers `options.year`, else the year of `asOf`
   * (recurring policies); the period as written when none does.
   */
  compute(records: readonly CreditRecord[], teacher: TeacherContext, asOf: string, options?: ComputeOptions): ProgressReport;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

/**
 * Compiles a policy that `loadPolicy` accepted. Compiling the same policy
 * object again returns the cached result.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const hit = cache.get(policy);
  if (hit) return hit;
  const data = compilePolicyData(policy);
  const compute: CompiledPolicy['compute'] = policy.period.recurrence === undefined
    ? (records, teacher, asOf, options) => computeReport(options?.year === undefined ? data : dataForYear(policy, data, options.year), records, teacher, asOf, options)
    : (records, teacher, asOf, options) => computeReport(dataForYear(policy, data, options?.year ?? asOfYear(data, asOf)), records, teacher, asOf, options);
  const compiled: CompiledPolicy = { policy, data, compute };
  cache.set(policy, compiled);
  return compiled;
}

/** Year of an ISO date through the policy's day cache (NaN for a bad date, which computeReport then refuses). */
function asOfYear(data: CompiledPolicyData, asOf: string): number {
  return Math.floor(data.days.key(asOf) / 10000);
}

/** The compiled instance covering `year`: this one when it does (the hot path), else the instance's own compiled form. */
function dataForYear(policy: Policy, data: CompiledPolicyData, year: number): CompiledPolicyData {
  if ((year >= data.period.firstYear && year <= data.period.lastYear) || Number.isNaN(year)) return data;
  const instance = policyForYear(policy, year);
  return instance && instance !== policy ? compilePolicy(instance).data : data;
}
