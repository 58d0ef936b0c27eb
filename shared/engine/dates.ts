import dayjs from 'dayjs';
import { IntTable } from './int-table';

/** Digits of "YYYY-MM-DD" as one integer, or −1 when the text has another shape. */
function digitsOf(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return -1;
  // unrolled: this runs for every record of a county
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  return y < 0 || m < 0 || d < 0 ? -1 : y * 10000 + m * 100 + d;
}

/** Value of the digit at `i`, or a large negative number when it is not one. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100000;
}

/**
 * Dates as integers yyyymmdd, each distinct date read once by dayjs.
 *
 * A county run meets a few thousand distinct dates 200 000 times, each as its
 * own string; the cache is keyed by the date's digits (a number, cheaper to
 * look up than a string, in an {@link IntTable}), and dayjs alone decides what the date means —
 * including how it treats a day like 02-30.
 */
export class DayCache {
  private readonly byDigits = new IntTable<number>(1 << 20);
  private readonly byText = new Map<string, number>();
  private readonly windows = new Map<string, string>();

  /** yyyymmdd of an ISO date, or NaN when dayjs cannot read it. */
  key(iso: string): number {
    const digits = digitsOf(iso);
    let k = digits < 0 ? this.byText.get(iso) : this.byDigits.get(digits);
    if (k === undefined) {
      const d = dayjs(iso);
      k = d.isValid() ? d.year() * 10000 + (d.month() + 1) * 100 + d.date() : Number.NaN;
      if (digits < 0) this.byText.set(iso, k);
      else this.byDigits.set(digits, k);
    }
    return k;
  }

  /** {@link windowEnd}, remembered: a county's teachers share a few hundred hiring dates. */
  windowEnd(iso: string, months: number): string {
    const key = `${iso}|${months}`;
    let end = this.windows.get(key);
    if (end === undefined) {
      end = windowEnd(iso, months);
      if (this.windows.size < 100_000) this.windows.set(key, end);
    }
    return end;
  }
}

/** Year of a yyyymmdd key. */
export function yearOf(dayKey: number): number {
  return Math.floor(dayKey / 10000);
}

/** yyyymmdd of the last day of `year`. */
export function yearEndKey(year: number): number {
  return year * 10000 + 1231;
}

/** yyyymmdd of the first day of `year`. */
export function yearStartKey(year: number): number {
  return year * 10000 + 101;
}

/** ISO date `months` after `iso` (dayjs month arithmetic), minus one day: the window's last day. */
export function windowEnd(iso: string, months: number): string {
  return dayjs(iso).add(months, 'month').subtract(1, 'day').format('YYYY-MM-DD');
}
