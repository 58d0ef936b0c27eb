import type { CreditRecord } from '../schemas/record';
import type { CompiledPolicyData, RecordDecision } from './compiled-types';

const NO_IDS: readonly string[] = [];

/**
 * Runs every matcher of the policy on one record, in the order the engine
 * consults them: exclusions and classify rules without a category, the rest
 * with the category's ancestry. Exported for tests.
 */
export function decide(cp: CompiledPolicyData, r: CreditRecord): RecordDecision {
  const exclusion = cp.eligibility.exclusions.find((x) => x.match(r, NO_IDS)) ?? null;
  const classify = cp.classify.find((c) => c.match(r, NO_IDS)) ?? null;
  const ids = classify ? (cp.categories[classify.category]?.ancestorIds ?? NO_IDS) : NO_IDS;
  const { composite, certificate } = cp.eligibility;
  return {
    exclusion, classify, ids,
    composite: composite !== null && composite.match(r, ids),
    certificate: certificate !== null && certificate.match(r, ids),
    conversion: cp.conversion.find((c) => c.match(r, ids)) ?? null,
    bonuses: cp.bonuses.filter((b) => b.match(r, ids)),
    targets: cp.targets.map((t) => t.match(r, ids)),
    fromMatch: cp.substitutions.map((s) => s.fromMatch(r, ids)),
  };
}

/**
 * What the policy's conditions say about a record, looked up by its profile
 * (see record-profile): a county's 200 000 records share a few hundred
 * profiles, so the matchers run once per profile instead of once per record.
 */
export function decisionOf(cp: CompiledPolicyData, r: CreditRecord): RecordDecision {
  if (!cp.profile) return decide(cp, r);
  const key = cp.profile(r);
  let d = cp.decisions.get(key);
  if (d === undefined) {
    d = decide(cp, r);
    cp.decisions.set(key, d); // ignored once the table is full
  }
  return d;
}
