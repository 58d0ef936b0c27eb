import type { Policy } from '../schemas/policy';
import type { ProgressReport } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { TeacherContext } from '../schemas/teacher-context';
import { compilePolicyData } from './compile-data';
import type { CompiledPolicyData } from './compiled-types';
import { computeReport, type ComputeOptions } from './compute-report';

/** A policy compiled once into matchers and exact numbers; compute as often as needed. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly data: CompiledPolicyData;
  /** The progress report of one teacher (see {@link computeReport}). */
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
  const compiled: CompiledPolicy = {
    policy,
    data,
    compute: (records, teacher, asOf, options) => computeReport(data, records, teacher, asOf, options),
  };
  cache.set(policy, compiled);
  return compiled;
}
