import { asFixed, type Fixed } from './fixed';
import { toRatio, type Ratio } from './ratio';
import { mulDivRoundHalfUp } from './round-div';

/**
 * amount × coefficient, rounded half-up to the scale once, at this step.
 * `coefficient` is a decimal string ("1.3"), a number or a {num, den} fraction.
 * Example: 24 学时 × "1.3" = 31.2 学分; 2.5 × "0.7" = 1.75.
 */
export function multiply(amount: Fixed, coefficient: string | number | Ratio): Fixed {
  const r = typeof coefficient === 'object' && coefficient.den > 0 ? coefficient : toRatio(coefficient);
  return asFixed(mulDivRoundHalfUp(amount, r.num, r.den));
}
