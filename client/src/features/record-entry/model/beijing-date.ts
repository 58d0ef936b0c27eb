import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** The Beijing calendar date (YYYY-MM-DD) now — the server's calendar, whatever the phone's zone. */
export function beijingToday(now: number = Date.now()): string {
  return dayjs.utc(now).utcOffset(8 * 60).format('YYYY-MM-DD');
}

/** The Beijing calendar year now. */
export function beijingYear(now: number = Date.now()): number {
  return dayjs.utc(now).utcOffset(8 * 60).year();
}
