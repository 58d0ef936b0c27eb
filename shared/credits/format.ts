import { SCALE_DIGITS, type Fixed } from './fixed';
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

/**
 * Amount as Chinese display text: 3120000 → "31.2 学分", 75000 → "0.75 学分".
 * Display never changes stored figures.
 */
export function formatAmount(amount: Fixed, options: FormatOptions = {}): string {
  const unit = options.unit ?? '学分';
  const decimals = options.decimals ?? SCALE_DIGITS;
  const digits = Math.max(0, Math.min(SCALE_DIGITS, Math.floor(decimals)));
  const step = 10 ** (SCALE_DIGITS - digits);
  const rounded = divRoundHalfUp(amount, step);
  const neg = rounded < 0;
  const abs = Math.abs(rounded);
  const base = 10 ** digits;
  const whole = Math.floor(abs / base);
  const frac = String(abs - whole * base).padStart(digits, '0').replace(/0+$/, '');
  const text = `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
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
