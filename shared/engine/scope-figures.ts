import type { CompiledCategory } from './compiled-types';
import type { Ledger } from './ledger';
import type { RecordOutcome } from './record-outcome';

/**
 * Per-category sums of one scope, each category including its sub-categories
 * (index = category index). Plain integer arrays: every figure is a sum of a
 * teacher's record amounts, exact and far inside the safe range. Arrays that
 * are all zeros may be one shared, read-only array.
 */
export interface ScopeFigures {
  /** Before caps and moves. */
  raw: readonly number[];
  /** After caps and moves. */
  earned: readonly number[];
  provisional: readonly number[];
  cappedOff: readonly number[];
  movedIn: readonly number[];
  movedOut: readonly number[];
}

/** Adds every category's figure into its parent's: categories come parents first. */
function rollUp(cats: readonly CompiledCategory[], values: number[]): number[] {
  for (let i = cats.length - 1; i >= 0; i -= 1) {
    const parent = (cats[i] as CompiledCategory).parent;
    if (parent >= 0) values[parent] = (values[parent] ?? 0) + (values[i] ?? 0);
  }
  return values;
}

/**
 * One pass over the scope's records. Until a cap binds or a substitution
 * moves something (see `needsLedger`), what counts is exactly what was
 * earned, so `earned` is `raw` and nothing is capped or moved. `cycle`: each
 * record brings what its year kept after the year's caps. `zeros`: the
 * policy's shared all-zero array, never written.
 */
export function tally(
  cats: readonly CompiledCategory[], outcomes: readonly RecordOutcome[], cycle: boolean, zeros: readonly number[],
): ScopeFigures {
  const raw = zeros.slice();
  let provisional: number[] | null = null;
  for (const o of outcomes) {
    const c = o.category;
    const amount = cycle ? o.countedInYear : o.credits;
    raw[c] = (raw[c] ?? 0) + amount;
    if (o.provisional) {
      provisional ??= zeros.slice();
      provisional[c] = (provisional[c] ?? 0) + amount;
    }
  }
  rollUp(cats, raw);
  return {
    raw, earned: raw, provisional: provisional ? rollUp(cats, provisional) : zeros,
    cappedOff: zeros, movedIn: zeros, movedOut: zeros,
  };
}

/** What counts after the ledger applied caps and moves; raw figures stay. */
export function ledgerFigures(ledger: Ledger, base: ScopeFigures): ScopeFigures {
  const cats = ledger.cp.categories;
  const provisional = new Array<number>(cats.length).fill(0);
  for (let cat = 0; cat < cats.length; cat += 1) {
    for (const a of ledger.direct[cat] ?? []) if (a.o.provisional) provisional[cat] = (provisional[cat] ?? 0) + a.amount;
  }
  return {
    raw: base.raw, earned: ledger.totals(), provisional: rollUp(cats, provisional),
    // a cap trims inside its own subtree: every ancestor lost that much too
    cappedOff: rollUp(cats, ledger.cappedOff.slice()),
    movedIn: ledger.movedIn, movedOut: ledger.movedOut,
  };
}
