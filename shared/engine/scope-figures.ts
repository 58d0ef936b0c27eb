import type { CompiledCategory } from './compiled-types';
import type { Ledger } from './ledger';
import type { RecordOutcome } from './record-outcome';

/**
 * Per-category sums of one scope, each category including its sub-categories
 * (index = category index). Plain integer arrays: every figure is a sum of a
 * teacher's record amounts, exact and far inside the safe range.
 */
export interface ScopeFigures {
  /** Before caps and moves. */
  raw: number[];
  records: number[];
  /** After caps and moves. */
  earned: number[];
  provisional: number[];
  cappedOff: number[];
  movedIn: number[];
  movedOut: number[];
}

/** Adds every category's figure into its parent's: categories come parents first. */
function rollUp(cats: readonly CompiledCategory[], values: number[]): number[] {
  for (let i = cats.length - 1; i >= 0; i -= 1) {
    const parent = (cats[i] as CompiledCategory).parent;
    if (parent >= 0) values[parent] = (values[parent] ?? 0) + (values[i] ?? 0);
  }
  return values;
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/**
 * One pass over the scope's records. Until a cap binds or a substitution
 * moves something (see `needsLedger`), what counts is exactly what was
 * earned, so `earned` is `raw` and nothing is capped or moved. `cycle`: each
 * record brings what its year kept after the year's caps.
 */
export function tally(cats: readonly CompiledCategory[], outcomes: readonly RecordOutcome[], cycle: boolean): ScopeFigures {
  const n = cats.length;
  const raw = zeros(n);
  const records = zeros(n);
  const provisional = zeros(n);
  for (const o of outcomes) {
    const c = o.category;
    const amount = cycle ? o.countedInYear : o.credits;
    raw[c] = (raw[c] ?? 0) + amount;
    records[c] = (records[c] ?? 0) + 1;
    if (o.provisional) provisional[c] = (provisional[c] ?? 0) + amount;
  }
  rollUp(cats, raw);
  rollUp(cats, records);
  rollUp(cats, provisional);
  return { raw, records, earned: raw, provisional, cappedOff: zeros(n), movedIn: zeros(n), movedOut: zeros(n) };
}

/** What counts after the ledger applied caps and moves; raw figures and record counts stay. */
export function ledgerFigures(ledger: Ledger, base: ScopeFigures): ScopeFigures {
  const cats = ledger.cp.categories;
  const provisional = zeros(cats.length);
  for (let cat = 0; cat < cats.length; cat += 1) {
    for (const a of ledger.direct[cat] ?? []) if (a.o.provisional) provisional[cat] = (provisional[cat] ?? 0) + a.amount;
  }
  return {
    raw: base.raw, records: base.records, earned: ledger.totals(), provisional: rollUp(cats, provisional),
    // a cap trims inside its own subtree: every ancestor lost that much too
    cappedOff: rollUp(cats, ledger.cappedOff.slice()),
    movedIn: ledger.movedIn, movedOut: ledger.movedOut,
  };
}
