import { z } from 'zod';

/**
 * Number of units in one 学分 (or one 学时). Every amount in the engine is an
 * integer count of 1/100000 学分.
 *
 * Why 10^5: hours come in halves, 霍尔果斯 divides by 4 (→ 1/8) and adds 15 %
 * (→ 3/160 = 0.01875). Five decimal places hold every figure the five county
 * documents can produce from half-hour inputs exactly; anything finer (e.g. a
 * coefficient of 1/3) is rounded half-up at the step that produces it.
 * See docs/decisions/002-credit-arithmetic.md.
 */
export const SCALE = 100_000;

/** Decimal places represented by {@link SCALE}. */
export const SCALE_DIGITS = 5;

/** Zod schema of a fixed-scale amount: a safe integer, branded so floats cannot slip in. */
export const fixedSchema = z.number().int().brand<'Fixed'>();

/** An amount of credits or hours as an integer number of 1/{@link SCALE} units. */
export type Fixed = z.infer<typeof fixedSchema>;

/** The zero amount. */
export const ZERO = 0 as Fixed;

/**
 * Brands an integer as {@link Fixed}, refusing anything that would lose exactness.
 * @throws RangeError when `units` is not a safe integer.
 */
export function asFixed(units: number): Fixed {
  if (!Number.isSafeInteger(units)) {
    throw new RangeError(`学分数值超出精确范围：${units}`);
  }
  return units as Fixed;
}
