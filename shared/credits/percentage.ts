import { asFixed, type Fixed } from './fixed';
import { toRatio, type Ratio } from './ratio';
import { mulDivRoundHalfUp } from './round-div';

/**
 * `percent` % of amount (the bonus alone, not amount + bonus), rounded half-up
 * at this step. Example: 15 % of 0.625 = 0.09375; 20 % of 31.2 = 6.24.
 */
export function percentage(amount: Fixed, percent: string | number | Ratio): Fixed {
  const r = typeof percent === 'object' && percent.den > 0 ? percent : toRatio(percent);
  return asFixed(mulDivRoundHalfUp(amount, r.num, r.den * 100));
}
