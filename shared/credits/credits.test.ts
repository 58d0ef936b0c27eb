import fc from 'fast-check';
import {
  add, cap, compare, divideByHoursPerCredit, formatAmount, fromDecimal, fromHours, multiply, percentage,
  subtract, excess, sum, toRatio, divRoundHalfUp, type Fixed,
} from './index';

const f = (s: string | number): Fixed => fromDecimal(s);
const show = (a: Fixed): string => formatAmount(a, { unit: '' });

describe('worked examples from the county documents', () => {
  it('永吉: 24 学时 × 1.3 = 31.2 学分, +20% = 37.44', () => {
    const base = multiply(fromHours(24), '1.3');
    expect(show(base)).toBe('31.2');
    expect(formatAmount(base)).toBe('31.2 学分');
    expect(show(add(base, percentage(base, '20')))).toBe('37.44');
  });
  it('永吉: 2.5 学时 × 0.7 (网络) = 1.75', () => {
    expect(show(multiply(fromHours(2.5), '0.7'))).toBe('1.75');
  });
  it('霍尔果斯: 3 学时 ÷ 4 = 0.75; 7 ÷ 5 = 1.4; 2.5 ÷ 4 = 0.625', () => {
    expect(show(divideByHoursPerCredit(fromHours(3), 4))).toBe('0.75');
    expect(show(divideByHoursPerCredit(fromHours(7), 5))).toBe('1.4');
    expect(show(divideByHoursPerCredit(fromHours(2.5), 4))).toBe('0.625');
  });
  it('霍尔果斯: +15% of 0.625 = 0.09375 exactly (why the scale is 10^5)', () => {
    const bonus = percentage(divideByHoursPerCredit(fromHours(2.5), 4), 15);
    expect(bonus).toBe(9375);
    expect(show(bonus)).toBe('0.09375');
  });
  it('霍尔果斯 主讲: +2 倍 of 6 = 12', () => {
    expect(show(multiply(f(6), 2))).toBe('12');
  });
  it('reads 4.4 and 31.2 by digits, not by float multiplication', () => {
    expect(f('4.4')).toBe(440000);
    expect(f(31.2)).toBe(3120000);
    expect(f(0.1)).toBe(10000);
    // 0.1 + 0.2 drifts in floats; not here
    expect(show(add(f(0.1), f(0.2)))).toBe('0.3');
  });
});

describe('rounding is half-up, at the step, only where a result needs more than 5 decimals', () => {
  it('1 学时 × 1/3 = 0.33333; × 2/3 = 0.66667', () => {
    expect(show(multiply(fromHours(1), { num: 1, den: 3 }))).toBe('0.33333');
    expect(show(multiply(fromHours(1), { num: 2, den: 3 }))).toBe('0.66667');
  });
  it('rounds ties away from zero', () => {
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(-5, 2)).toBe(-3);
    expect(divRoundHalfUp(4, 3)).toBe(1);
    expect(divRoundHalfUp(7, 2)).toBe(4);
  });
  it('display rounding is separate from stored figures', () => {
    expect(formatAmount(f('0.09375'), { decimals: 2 })).toBe('0.09 学分');
    expect(formatAmount(f('0.625'), { decimals: 2 })).toBe('0.63 学分');
    expect(formatAmount(f('-1.5'), { unit: '学时' })).toBe('-1.5 学时');
    expect(formatAmount(f('12'))).toBe('12 学分');
  });
});

describe('parsing refuses what it cannot hold exactly', () => {
  it.each(['abc', '1e5', '0.000001', ''])('fromDecimal(%p) throws', (s) => {
    expect(() => fromDecimal(s)).toThrow(RangeError);
  });
  it('negative hours are refused', () => {
    expect(() => fromHours(-1)).toThrow('学时不能为负数');
  });
  it('hours-per-credit of zero is refused', () => {
    expect(() => divideByHoursPerCredit(f(3), 0)).toThrow('每学分学时数不能为 0');
  });
  it('coefficients reduce to lowest terms', () => {
    expect(toRatio('1.30')).toEqual({ num: 13, den: 10 });
    expect(toRatio({ num: 4, den: -8 })).toEqual({ num: -1, den: 2 });
  });
  it('overflow beyond safe integers is an error, not a wrong number', () => {
    expect(() => add(f(90_000_000_000), f(90_000_000_000))).toThrow('超出精确范围');
  });
});

describe('properties', () => {
  const halfHours = fc.integer({ min: 1, max: 4000 }).map((n) => fromHours(n / 2));
  it('sums equal the integer sum of the parts and never depend on order', () => {
    fc.assert(fc.property(fc.array(halfHours, { maxLength: 60 }), (xs) => {
      const s = sum(xs);
      expect(s).toBe(xs.reduce((a, b) => a + b, 0));
      expect(sum([...xs].reverse())).toBe(s);
      expect(Number.isInteger(s)).toBe(true);
    }));
  });
  it('half-hours through every documented coefficient stay exact (no rounding needed)', () => {
    fc.assert(fc.property(halfHours, fc.constantFrom('0.5', '0.8', '1', '1.2', '1.3', '0.7'), fc.constantFrom(5, 10, 15, 20), (h, c, p) => {
      const base = multiply(h, c);
      const r = toRatio(c);
      expect(base * r.den).toBe(h * r.num); // exact: no remainder was rounded away
      expect(percentage(base, p) * 100).toBe(base * p);
    }));
  });
  it('half-hours ÷ 4 or ÷ 5, then +5/10/15 %, stay exact', () => {
    fc.assert(fc.property(halfHours, fc.constantFrom(4, 5), fc.constantFrom(5, 10, 15), (h, d, p) => {
      const base = divideByHoursPerCredit(h, d);
      expect(base * d).toBe(h);
      expect(percentage(base, p) * 100).toBe(base * p);
    }));
  });
  it('subtract undoes add; excess is never negative; cap never exceeds its limit', () => {
    fc.assert(fc.property(halfHours, halfHours, (a, b) => {
      expect(subtract(add(a, b), b)).toBe(a);
      expect(excess(a, b)).toBeGreaterThanOrEqual(0);
      expect(cap(a, b)).toBeLessThanOrEqual(b);
      expect(compare(a, b) + compare(b, a)).toBe(0);
    }));
  });
  it('formatting then parsing gives the same amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(fromDecimal(formatAmount(n as Fixed, { unit: '' }))).toBe(n);
    }));
  });
});
