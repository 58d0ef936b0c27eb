import dayjs from 'dayjs';

/**
 * Dates as integers yyyymmdd, computed once per distinct string with dayjs.
 * A county run meets the same few hundred dates 200 000 times; parsing each
 * once keeps the engine fast while every date still goes through dayjs.
 */
export class DayCache {
  private readonly cache = new Map<string, number>();

  /** yyyymmdd of an ISO date, or NaN when dayjs cannot read it. */
  key(iso: string): number {
    let k = this.cache.get(iso);
    if (k === undefined) {
      const d = dayjs(iso);
      k = d.isValid() ? d.year() * 10000 + (d.month() + 1) * 100 + d.date() : Number.NaN;
      this.cache.set(iso, k);
    }
    return k;
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
