import type { Fixed } from './fixed';

/** −1, 0 or 1 as `a` is below, equal to or above `b`; usable as a sort comparator. */
export function compare(a: Fixed, b: Fixed): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `a` ≥ `b`: a requirement met. */
export function atLeast(a: Fixed, b: Fixed): boolean {
  return a >= b;
}
