import type { CompiledPolicyData } from './compiled-types';
import type { ScopeLimits } from './ledger';

/**
 * Whether a scope needs the piece-by-piece ledger: a cap that binds, or a
 * substitution that could move something (a target short of its minimum with
 * room below its cap, and a source above its own minimum). When neither holds
 * the ledger would change nothing, so the scope's figures are its raw sums.
 * The test is cheap and errs towards the ledger: it only says "no" when no
 * cap and no move can apply.
 */
export function needsLedger(cp: CompiledPolicyData, limits: ScopeLimits, raw: readonly number[], scope: 'year' | 'cycle'): boolean {
  const cats = cp.categories;
  let grand = 0;
  for (let i = 0; i < cats.length; i += 1) {
    const have = raw[i] ?? 0;
    if ((cats[i]?.parent ?? -1) < 0) grand += have;
    const cap = limits.cats[i]?.cap;
    if (cap !== undefined && have > cap) return true;
  }
  const totalCap = limits.total?.cap;
  if (totalCap !== undefined && grand > totalCap) return true;
  for (const rule of cp.substitutions) {
    if (!rule.scopes.has(scope)) continue;
    if (rule.statuses && ![...rule.statuses].some((s) => limits.statuses.has(s))) continue;
    if ((raw[rule.from] ?? 0) <= (limits.cats[rule.from]?.min ?? 0)) continue; // nothing to spare
    for (const target of rule.to) {
      const lim = limits.cats[target];
      if (lim?.min === undefined || lim.min === 0) continue;
      const have = raw[target] ?? 0;
      const need = lim.min - have;
      if (need > 0 && (lim.cap === undefined || lim.cap - have > 0)) return true;
    }
  }
  return false;
}
