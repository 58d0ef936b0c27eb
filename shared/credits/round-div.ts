/**
 * Integer division n / d rounded half away from zero ("四舍五入"): 0.5 → 1,
 * -0.5 → -1. The only place in the engine where rounding happens; every
 * multiply, divide and percentage step goes through it.
 *
 * Falls back to BigInt when n is beyond the safe-integer range, so very large
 * coefficient numerators never lose digits silently.
 * @throws RangeError when d is zero or the result is not a safe integer.
 */
export function divRoundHalfUp(n: number, d: number): number {
  if (d === 0) {
    throw new RangeError('除数不能为 0');
  }
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) {
    return bigDiv(BigInt(Math.trunc(n)), BigInt(d));
  }
  const neg = (n < 0) !== (d < 0);
  const an = Math.abs(n);
  const ad = Math.abs(d);
  const q = Math.floor(an / ad);
  const r = an - q * ad;
  const up = r * 2 >= ad ? q + 1 : q;
  return neg ? -up : up;
}

/** Exact product of two safe integers, then rounded division, via BigInt when needed. */
export function mulDivRoundHalfUp(a: number, num: number, den: number): number {
  const p = a * num;
  if (Number.isSafeInteger(p)) {
    return divRoundHalfUp(p, den);
  }
  return bigDiv(BigInt(a) * BigInt(num), BigInt(den));
}

function bigDiv(n: bigint, d: bigint): number {
  const neg = (n < 0n) !== (d < 0n);
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  let q = an / ad;
  if ((an % ad) * 2n >= ad) {
    q += 1n;
  }
  const out = Number(neg ? -q : q);
  if (!Number.isSafeInteger(out)) {
    throw new RangeError('学分数值超出精确范围');
  }
  return out;
}
