import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** ISO date for year/month/day when it is a real calendar day in 2000–2100, else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 2000 || year > 2100) return undefined;
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const d = dayjs(text, 'YYYY-MM-DD', true);
  return d.isValid() ? d.format('YYYY-MM-DD') : undefined;
}

/** Days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return dayjs(b, 'YYYY-MM-DD').diff(dayjs(a, 'YYYY-MM-DD'), 'day');
}
