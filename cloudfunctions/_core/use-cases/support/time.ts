import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** China Standard Time offset in minutes: the product's calendar is Beijing time, whatever the server's zone. */
const CHINA_OFFSET = 8 * 60;

/** The Beijing calendar date (YYYY-MM-DD) of an ISO instant. */
export function chinaDate(isoInstant: string): string {
  return dayjs.utc(isoInstant).utcOffset(CHINA_OFFSET).format('YYYY-MM-DD');
}

/** The Beijing calendar year of an ISO instant. */
export function chinaYear(isoInstant: string): number {
  return dayjs.utc(isoInstant).utcOffset(CHINA_OFFSET).year();
}

/** The instant `days` days after `isoInstant`, as ISO. */
export function addDays(isoInstant: string, days: number): string {
  return dayjs.utc(isoInstant).add(days, 'day').toISOString();
}

/** The instant `minutes` minutes after `isoInstant`, as ISO. */
export function addMinutes(isoInstant: string, minutes: number): string {
  return dayjs.utc(isoInstant).add(minutes, 'minute').toISOString();
}

/** The Beijing wall-clock time (HH:mm) of an ISO instant. */
export function chinaClock(isoInstant: string): string {
  return dayjs.utc(isoInstant).utcOffset(CHINA_OFFSET).format('HH:mm');
}

/** Whole minutes from `from` to `to`, rounded up (at least 1). */
export function minutesUntil(from: string, to: string): number {
  return Math.max(1, Math.ceil(dayjs.utc(to).diff(dayjs.utc(from), 'second') / 60));
}

/** Year of a YYYY-MM-DD date. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
