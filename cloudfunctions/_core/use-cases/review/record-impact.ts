import { subtract, type Fixed } from '../../../../shared/credits';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import type { Deps } from '../../deps';
import { findPolicyInForce, type PolicyInForce } from '../policy/policy-in-force';
import { teacherContextOf, toCreditRecord } from '../progress/engine-input';
import { scopeForYear } from '../progress/summaries/standing';

/** A teacher's standing without and with one pending record approved. */
export interface RecordImpact { before: ProgressReport; after: ProgressReport; wouldAdd: Fixed }

const yearTotal = (report: ProgressReport, year: number): Fixed =>
  (scopeForYear(report, year)?.total.earned ?? 0) as Fixed;

/**
 * What approving `record` would change for its teacher: her report from approved records,
 * the report with this record approved too (a correction replaces the record it corrects),
 * and the gain of the year's total after every cap — 0 when a cap is already reached.
 */
export function impactOf(policy: PolicyInForce, person: PersonDoc, approved: readonly RecordDoc[], record: RecordDoc, asOf: string, before?: ProgressReport): RecordImpact {
  const context = teacherContextOf(person);
  const base = before ?? policy.compiled.compute(approved.map(toCreditRecord), context, asOf, { detail: 'summary' });
  const kept = approved.filter((r) => r._id !== record.corrects && r._id !== record._id);
  const after = policy.compiled.compute([...kept, { ...record, status: 'approved' as const }].map(toCreditRecord), context, asOf, { detail: 'summary' });
  return { before: base, after, wouldAdd: subtract(yearTotal(after, record.year), yearTotal(base, record.year)) };
}

/** Policies in force per county-year, looked up once per call. */
export function policyLookup(deps: Deps): (countyId: string, year: number) => Promise<PolicyInForce | null> {
  const cache = new Map<string, Promise<PolicyInForce | null>>();
  return (countyId, year) => {
    const key = `${countyId}:${year}`;
    let found = cache.get(key);
    if (!found) { found = findPolicyInForce(deps, countyId, year); cache.set(key, found); }
    return found;
  };
}
