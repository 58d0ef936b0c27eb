import { fromDecimal } from './from-decimal';
import type { Fixed } from './fixed';

/**
 * Converts a record's hours (学时, e.g. 2.5) into fixed units. Hours are never
 * negative; the record schema already limits them to halves.
 * @throws RangeError for negative or malformed hours.
 */
export function fromHours(hours: number | string): Fixed {
  const units = fromDecimal(hours);
  if (units < 0) {
    throw new RangeError(`学时不能为负数：${hours}`);
  }
  return units;
}
