import { asFixed, type Fixed } from './fixed';

/** Exact sum of any number of amounts (integer addition, checked for overflow). */
export function add(...amounts: readonly Fixed[]): Fixed {
  let total = 0;
  for (const a of amounts) {
    total += a;
  }
  return asFixed(total);
}

/** Exact sum of an array of amounts. */
export function sum(amounts: readonly Fixed[]): Fixed {
  return add(...amounts);
}
