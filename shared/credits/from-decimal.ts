import { SCALE_DIGITS, asFixed, type Fixed } from './fixed';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a decimal ("31.2", 2.5, "-4") into fixed units by its digits, never by
 * multiplying a float. Up to five decimal places; more would need rounding that
 * the caller has not asked for, so it is refused.
 * @throws RangeError for malformed input or more than five decimal places.
 */
export function fromDecimal(value: number | string): Fixed {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) {
    throw new RangeError(`不是有效的数字：${text}`);
  }
  const [, sign = '', whole = '0', frac = ''] = m;
  if (frac.length > SCALE_DIGITS) {
    throw new RangeError(`数字最多保留 ${SCALE_DIGITS} 位小数：${text}`);
  }
  const units = Number(whole + frac.padEnd(SCALE_DIGITS, '0'));
  return asFixed(sign === '-' && units !== 0 ? -units : units);
}

/** True when `value` can be read by {@link fromDecimal} without error. */
export function isExactDecimal(value: number | string): boolean {
  try {
    fromDecimal(value);
    return true;
  } catch {
    return false;
  }
}
