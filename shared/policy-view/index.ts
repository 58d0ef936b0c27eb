/** The county's policy as people read it (policy screen) and what a new version changes (docs/registers.md). */
export { describeCondition } from './describe-condition';
export { describePolicy, limitText, type PolicyLine, type PolicySection } from './describe-policy';
export { policyDiff, type PolicyChange } from './policy-diff';
