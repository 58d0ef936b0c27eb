/**
 * Exact credit arithmetic: integers of 1/100000 学分, one operation per file.
 * Rounding (half-up) happens only inside multiply, divide and percentage.
 */
export { SCALE, SCALE_DIGITS, ZERO, asFixed, fixedSchema, type Fixed } from './fixed';
export { toRatio, isNegativeRatio, type Ratio } from './ratio';
export { divRoundHalfUp, mulDivRoundHalfUp } from './round-div';
export { fromDecimal, isExactDecimal } from './from-decimal';
export { fromHours } from './from-hours';
export { multiply } from './multiply';
export { percentage } from './percentage';
export { divideByHoursPerCredit } from './divide';
export { add, sum } from './add';
export { subtract, excess, clampZero } from './subtract';
export { min, max, cap } from './min';
export { compare, atLeast } from './compare';
export { formatAmount, formatHours, toDecimalString, type FormatOptions } from './format';
