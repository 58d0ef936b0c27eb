import type { Fixed } from '../credits/fixed';
import type { RequirementResult, ScopeReport } from '../schemas/progress-report';
import { applyCaps } from './apply-caps';
import { applySubstitutions } from './apply-substitutions';
import type { CompiledPolicyData } from './compiled-types';
import { yearEndKey, yearStartKey } from './dates';
import { Ledger, type ScopeLimits } from './ledger';
import { needsLedger } from './needs-ledger';
import type { RecordOutcome } from './record-outcome';
import { ledgerFigures, tally } from './scope-figures';
import { scopeResults } from './scope-results';
import { scopeLabel } from './text';

function status(tracked: boolean, met: boolean, asOfKey: number, startKey: number, endKey: number): ScopeReport['status'] {
  if (!tracked) return 'untracked';
  if (met) return 'met';
  if (asOfKey < startKey) return 'upcoming';
  return asOfKey > endKey ? 'not-met' : 'in-progress';
}

/**
 * A row asks for something: a minimum, or a number of 专题 or of records that
 * decides 达标 (a cap alone, or a count that is only a target, asks for nothing).
 */
const requires = (r: RequirementResult): boolean => r.required !== null || r.topics?.decides === true || r.records?.decides === true;

/**
 * One year (year ≠ null) or the cycle: caps, then substitutions, then every
 * requirement checked. The cycle starts from what each year kept after its
 * own caps, and does its own substitutions on the cycle sums. Most scopes
 * have no cap that binds and nothing to move: those skip the ledger. A scope
 * where nothing is required is `untracked` (its figures still count).
 */
export function computeScope(
  cp: CompiledPolicyData, limits: ScopeLimits, outcomes: readonly RecordOutcome[], year: number | null, asOfKey: number,
  /** Tests only: take the ledger path even where it would change nothing. */
  alwaysLedger = false,
): ScopeReport {
  const cycle = year === null;
  const scope = cycle ? 'cycle' : 'year';
  let figures = tally(cp.categories, outcomes, cycle, cp.zeros);
  if (alwaysLedger || needsLedger(cp, limits, figures.raw, scope)) {
    const ledger = new Ledger(cp, outcomes, cycle);
    const label = scopeLabel(year, cp.period.cycle?.name ?? null);
    applyCaps(ledger, limits, scope, year, label);
    for (const list of ledger.direct) {
      for (const a of list) {
        if (cycle) a.o.countedInCycle = a.amount as Fixed;
        else a.o.countedInYear = a.amount as Fixed;
      }
    }
    applySubstitutions(ledger, limits, scope, year, label);
    figures = ledgerFigures(ledger, figures);
  } else {
    for (const o of outcomes) {
      if (cycle) o.countedInCycle = o.countedInYear;
      else o.countedInYear = o.credits;
    }
  }
  const { categories, total } = scopeResults(cp, figures, limits, outcomes);
  let met = total.met;
  let tracked = requires(total);
  for (const c of categories) {
    met &&= c.met;
    tracked ||= requires(c);
  }
  const startYear = year ?? cp.period.cycle?.startYear ?? cp.period.years[0] ?? 0;
  const endYear = year ?? cp.period.cycle?.endYear ?? startYear;
  const startKey = Math.max(cp.period.startKey, yearStartKey(startYear));
  const endKey = Math.min(cp.period.endKey, yearEndKey(endYear));
  return {
    scope, year, startYear, endYear, status: status(tracked, met, asOfKey, startKey, endKey), hasRequirements: tracked, met,
    closed: asOfKey > endKey,
    total, categories, adjustments: limits.applied.slice(),
  };
}
