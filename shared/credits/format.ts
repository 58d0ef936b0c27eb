import { SCALE, SCALE_DIGITS, type Fixed } from './fixed';
import { divRoundHalfUp } from './round-div';

/** Options for {@link formatAmount}. */
export interface FormatOptions {
  /** Unit word after the number; '' for none. Default 学分. */
  unit?: string;
  /**
   * Round (half-up) to this many decimals for display. Default: show the stored
   * value exactly, trailing zeros trimmed, so displayed figures always add up.
   */
  decimals?: number;
}

/** Digits of a non-negative integer count of 1/10^digits, as "12.5". */
function decimalText(abs: number, digits: number): string {
  const base = 10 ** digits;
  const whole = Math.floor(abs / base);
  let frac = abs - whole * base;
  if (frac === 0) return String(whole);
  let width = digits;
  while (frac % 10 === 0) {
    frac /= 10;
    width -= 1;
  }
  return `${whole}.${String(frac).padStart(width, '0')}`;
}

/**
 * Amount as Chinese display text: 3120000 → "31.2 学分", 75000 → "0.75 学分".
 * Display never changes stored figures.
 */
export function formatAmount(amount: Fixed, options?: FormatOptions): string {
  const unit = options?.unit ?? '学分';
  let text: string;
  if (options?.decimals === undefined) {
    text = amount < 0 ? `-${decimalText(-amount, SCALE_DIGITS)}` : decimalText(amount, SCALE_DIGITS);
  } else {
    const digits = Math.max(0, Math.min(SCALE_DIGITS, Math.floor(options.decimals)));
    const rounded = divRoundHalfUp(amount, SCALE / 10 ** digits);
    text = rounded < 0 ? `-${decimalText(-rounded, digits)}` : decimalText(rounded, digits);
  }
  return unit ? `${text} ${unit}` : text;
}

/** Amount as hours text ("2.5 学时"). */
export function formatHours(amount: Fixed): string {
  return formatAmount(amount, { unit: '学时' });
}

/** Amount as a plain decimal string without unit ("31.2"), for CSV/Excel. */
export function toDecimalString(amount: Fixed): string {
  return formatAmount(amount, { unit: '' });
}
