import type { CompiledPolicyData } from './compiled-types';
import type { RecordOutcome } from './record-outcome';

/** yyyymmdd of the start date, read only when two records end on the same day. */
function startKey(cp: CompiledPolicyData, o: RecordOutcome): number {
  if (o.startKey < 0) o.startKey = cp.days.key(o.record.startDate);
  return o.startKey;
}

/**
 * Chronological order: end date, then start date, then id (then title and
 * hours, for records that repeat an id): input order never matters.
 * Module-level, not a closure per call: this runs for every teacher.
 */
function compare(cp: CompiledPolicyData, a: RecordOutcome, b: RecordOutcome): number {
  if (a.endKey !== b.endKey) return a.endKey - b.endKey;
  const sa = startKey(cp, a);
  const sb = startKey(cp, b);
  if (sa !== sb) return sa - sb;
  const ia = a.record.id;
  const ib = b.record.id;
  if (ia !== ib) return ia < ib ? -1 : 1;
  return a.record.title < b.record.title ? -1 : a.record.title > b.record.title ? 1 : a.record.hours - b.record.hours;
}

/** A teacher's records rarely number more than this: below it, insertion sort beats Array.prototype.sort's calls. */
const SMALL = 64;

/**
 * Sorts in place, chronologically, and numbers the records in that order
 * (caps keep the earliest). Stable either way, like Array.prototype.sort.
 * Insertion sort compares end dates inline and calls the full comparison
 * only on a tie.
 */
export function orderRecords(cp: CompiledPolicyData, outcomes: RecordOutcome[]): void {
  if (outcomes.length > SMALL) {
    outcomes.sort((a, b) => compare(cp, a, b));
  } else {
    for (let i = 1; i < outcomes.length; i += 1) {
      const o = outcomes[i] as RecordOutcome;
      let j = i - 1;
      for (; j >= 0; j -= 1) {
        const p = outcomes[j] as RecordOutcome;
        if (p.endKey < o.endKey || (p.endKey === o.endKey && compare(cp, p, o) <= 0)) break;
        outcomes[j + 1] = p;
      }
      outcomes[j + 1] = o;
    }
  }
  for (let i = 0; i < outcomes.length; i += 1) (outcomes[i] as RecordOutcome).order = i;
}
