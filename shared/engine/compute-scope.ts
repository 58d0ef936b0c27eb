import type { Fixed } from '../credits/fixed';
import type { ScopeReport } from '../schemas/progress-report';
import type { TeacherContext } from '../schemas/teacher-context';
import { applyCaps } from './apply-caps';
import { applySubstitutions } from './apply-substitutions';
import type { CompiledPolicyData } from './compiled-types';
import { yearEndKey, yearStartKey } from './dates';
import { cycleLimits, yearLimits } from './effective-limits';
import { Ledger } from './ledger';
import type { RecordOutcome } from './record-outcome';
import { scopeResults } from './scope-results';
import { scopeLabel } from './text';

function status(met: boolean, asOfKey: number, startKey: number, endKey: number): ScopeReport['status'] {
  if (met) return 'met';
  if (asOfKey < startKey) return 'upcoming';
  return asOfKey > endKey ? 'not-met' : 'in-progress';
}

/**
 * One year (year ≠ null) or the cycle: caps, then substitutions, then every
 * requirement checked. The cycle starts from what each year kept after its
 * own caps, and does its own substitutions on the cycle sums.
 */
export function computeScope(
  cp: CompiledPolicyData, teacher: TeacherContext, outcomes: readonly RecordOutcome[], year: number | null, asOfKey: number,
): ScopeReport {
  const scope = year === null ? 'cycle' : 'year';
  const limits = year === null ? cycleLimits(cp, teacher) : yearLimits(cp, teacher, year);
  const ledger = new Ledger(cp, outcomes, year === null);
  const label = scopeLabel(year, cp.period.cycle?.name ?? null);
  applyCaps(ledger, limits, scope, year, label);
  for (const list of ledger.direct) {
    for (const a of list) {
      if (year === null) a.o.countedInCycle = a.amount as Fixed;
      else a.o.countedInYear = a.amount as Fixed;
    }
  }
  applySubstitutions(ledger, limits, scope, year, label);
  const { categories, total } = scopeResults(ledger, limits, outcomes, year === null);
  const met = total.met && categories.every((c) => c.met);
  const startYear = year ?? cp.period.cycle?.startYear ?? cp.period.years[0] ?? 0;
  const endYear = year ?? cp.period.cycle?.endYear ?? startYear;
  const startKey = Math.max(cp.period.startKey, yearStartKey(startYear));
  const endKey = Math.min(cp.period.endKey, yearEndKey(endYear));
  return {
    scope, year, startYear, endYear, status: status(met, asOfKey, startKey, endKey), met, closed: asOfKey > endKey,
    total, categories, adjustments: limits.applied.slice(),
  };
}
