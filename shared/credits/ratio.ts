/**
 * An exact rational number num/den, used for coefficients (1.3), hours per
 * credit (4) and percentages (15 % = 15/100).
 */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** Greatest common divisor of two non-negative safe integers. */
function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    [x, y] = [y, x % y];
  }
  return x;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a coefficient written as a decimal string ("1.3", "0.5"), a plain
 * number (4) or an explicit fraction ({num: 1, den: 3}) into a reduced ratio.
 * Decimal strings are read digit by digit, never through a float.
 * @throws RangeError for malformed text, a zero denominator or unsafe sizes.
 */
export function toRatio(value: string | number | Ratio): Ratio {
  if (typeof value === 'object') {
    return reduce(value.num, value.den);
  }
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) {
    throw new RangeError(`无法识别的系数：${text}`);
  }
  const [, sign = '', whole = '0', frac = ''] = m;
  const den = 10 ** frac.length;
  const num = Number(whole + frac) * (sign === '-' ? -1 : 1);
  return reduce(num, den);
}

function reduce(num: number, den: number): Ratio {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`系数必须是整数分子、非零分母：${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den) || 1;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** True when the ratio is below zero. */
export function isNegativeRatio(r: Ratio): boolean {
  return r.num < 0;
}
