import { fromDecimal } from './from-decimal';
import { SCALE, type Fixed } from './fixed';

const HALF = SCALE / 2;

/**
 * Converts a record's hours (学时, e.g. 2.5) into fixed units. Hours are never
 * negative; the record schema already limits them to halves, which take a
 * float-free fast path (h × 2 is an exact integer for every half).
 * @throws RangeError for negative or malformed hours.
 */
export function fromHours(hours: number | string): Fixed {
  if (typeof hours === 'number') {
    const twice = hours * 2;
    if (Number.isInteger(twice) && twice >= 0 && twice <= 1e9) return (twice * HALF) as Fixed;
  }
  const units = fromDecimal(hours);
  if (units < 0) {
    throw new RangeError(`学时不能为负数：${hours}`);
  }
  return units;
}
