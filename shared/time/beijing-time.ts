import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * The product's calendar is Beijing time (UTC+8, no daylight saving), whatever the zone of
 * the phone, the browser or the cloud function: one helper for the client and the server.
 */
export const BEIJING_OFFSET_MINUTES = 8 * 60;

/** An instant (ISO text or epoch ms) as Beijing wall-clock text in a dayjs `format`. */
export function beijingTime(instant: string | number, format = 'YYYY-MM-DD HH:mm'): string {
  return dayjs.utc(instant).utcOffset(BEIJING_OFFSET_MINUTES).format(format);
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant; by default, now. */
export function beijingToday(now: string | number = Date.now()): string {
  return beijingTime(now, 'YYYY-MM-DD');
}

/** The Beijing calendar year of an instant; by default, now. */
export function beijingYear(now: string | number = Date.now()): number {
  return dayjs.utc(now).utcOffset(BEIJING_OFFSET_MINUTES).year();
}

/** This Beijing year and the `count - 1` before it, newest first (the years a year picker offers). */
export function recentYears(count: number, now: string | number = Date.now()): number[] {
  const year = beijingYear(now);
  return Array.from({ length: count }, (_, i) => year - i);
}
