import { policySchema, type Policy } from '../schemas/policy';
import { ErrorSink } from './check-values';
import type { PolicyError } from './policy-errors';
import { checkAllLimits, checkCategories, checkPeriod } from './validate-structure';
import { checkRecordRules, checkRequirementRules, checkRuleIds } from './validate-rules';
import { fromZodIssues } from './zod-issues';

/** Result of {@link loadPolicy}: the policy, or every reason it was refused. */
export type LoadPolicyResult =
  | { ok: true; policy: Policy }
  | { ok: false; errors: PolicyError[] };

/**
 * Validates raw policy data (parsed JSON) — shape first, then cross-references —
 * and returns it typed, or all errors with stable codes. Nothing is half-loaded:
 * one error and the policy is refused.
 */
export function loadPolicy(raw: unknown): LoadPolicyResult {
  const parsed = policySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  }
  const policy = parsed.data;
  const sink = new ErrorSink();
  checkPeriod(policy, sink);
  const parents = checkCategories(policy, sink);
  checkAllLimits(policy, sink);
  checkRuleIds(policy, sink);
  checkRecordRules(policy, parents, sink);
  checkRequirementRules(policy, parents, sink);
  return sink.errors.length > 0 ? { ok: false, errors: sink.errors } : { ok: true, policy };
}
