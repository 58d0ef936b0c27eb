import { asFixed, type Fixed } from './fixed';

/** a − b, exact. May be negative; callers that need a floor use {@link clampZero}. */
export function subtract(a: Fixed, b: Fixed): Fixed {
  return asFixed(a - b);
}

/** max(0, a − b): how far `a` is above `b` (or a shortfall, with arguments swapped). */
export function excess(a: Fixed, b: Fixed): Fixed {
  return asFixed(a > b ? a - b : 0);
}

/** max(0, a). */
export function clampZero(a: Fixed): Fixed {
  return asFixed(a > 0 ? a : 0);
}
