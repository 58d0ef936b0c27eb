import { asFixed, type Fixed } from './fixed';
import { toRatio, type Ratio } from './ratio';
import { mulDivRoundHalfUp } from './round-div';

/**
 * Hours ÷ hours-per-credit ("集中培训4学时折算为1学分"), rounded half-up at
 * this step. Example: 3 学时 ÷ 4 = 0.75 学分; 7 ÷ 5 = 1.4.
 * @throws RangeError when hours-per-credit is zero.
 */
export function divideByHoursPerCredit(hours: Fixed, hoursPerCredit: string | number | Ratio): Fixed {
  const r = typeof hoursPerCredit === 'object' && hoursPerCredit.den > 0 ? hoursPerCredit : toRatio(hoursPerCredit);
  if (r.num === 0) {
    throw new RangeError('每学分学时数不能为 0');
  }
  // hours ÷ (num/den) = hours × den / num
  return asFixed(mulDivRoundHalfUp(hours, r.den, r.num));
}
