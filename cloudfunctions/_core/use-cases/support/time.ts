import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { BEIJING_OFFSET_MINUTES, beijingTime, beijingYear } from '../../../../shared/time/beijing-time';

dayjs.extend(utc);

/** China Standard Time offset in minutes: the product's calendar is Beijing time, whatever the server's zone. */
const CHINA_OFFSET = BEIJING_OFFSET_MINUTES;

/**
 * An ISO instant as a Beijing wall-clock text in a dayjs `format`
 * (e.g. `YYYY-MM-DD HH:mm` for a register's export time, `YYYYMMDD-HHmm` for a file name).
 */
export function chinaTime(isoInstant: string, format: string): string {
  return beijingTime(isoInstant, format);
}

/**
 * The first instant (ISO, UTC) of a Beijing calendar day given as YYYY-MM-DD:
 * what a date filter compares stored ISO strings against (`2026-03-01` → `2026-02-28T16:00:00.000Z`).
 */
export function chinaDayStart(date: string): string {
  return dayjs.utc(date).subtract(CHINA_OFFSET, 'minute').toISOString();
}

/** The Beijing calendar date (YYYY-MM-DD) of an ISO instant. */
export function chinaDate(isoInstant: string): string {
  return chinaTime(isoInstant, 'YYYY-MM-DD');
}

/** The Beijing calendar year of an ISO instant. */
export function chinaYear(isoInstant: string): number {
  return beijingYear(isoInstant);
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
  return chinaTime(isoInstant, 'HH:mm');
}

/** Whole minutes from `from` to `to`, rounded up (at least 1). */
export function minutesUntil(from: string, to: string): number {
  return Math.max(1, Math.ceil(dayjs.utc(to).diff(dayjs.utc(from), 'second') / 60));
}

/** Year of a YYYY-MM-DD date. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
