import type { Policy } from '../schemas/policy';
import type { ProgressReport } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { TeacherContext } from '../schemas/teacher-context';
import { compilePolicy, type CompiledPolicy } from './compile-policy';
import type { ComputeOptions } from './compute-report';

/**
 * A teacher's progress under a policy, as of a date (YYYY-MM-DD): for every
 * category and the total, per year and per cycle, earned / required / met /
 * shortfall; targets; the verdict; and for every record its explanation chain.
 *
 * Pure: same inputs, same report, on the phone and in the cloud. Only
 * `approved` records count, unless `options.includePending` previews
 * submitted ones (marked provisional).
 */
export function computeProgress(
  policy: Policy | CompiledPolicy,
  records: readonly CreditRecord[],
  teacher: TeacherContext,
  asOf: string,
  options?: ComputeOptions,
): ProgressReport {
  const compiled = 'compute' in policy ? policy : compilePolicy(policy);
  return compiled.compute(records, teacher, asOf, options);
}

export type { ComputeOptions } from './compute-report';
export { compilePolicy, type CompiledPolicy } from './compile-policy';
