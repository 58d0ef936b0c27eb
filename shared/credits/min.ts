import type { Fixed } from './fixed';

/** The smaller of two amounts. */
export function min(a: Fixed, b: Fixed): Fixed {
  return a < b ? a : b;
}

/** The larger of two amounts. */
export function max(a: Fixed, b: Fixed): Fixed {
  return a > b ? a : b;
}

/** `amount` limited to `limit` when a limit is given ("校本研修不超过24学分"). */
export function cap(amount: Fixed, limit: Fixed | undefined): Fixed {
  return limit !== undefined && amount > limit ? limit : amount;
}
