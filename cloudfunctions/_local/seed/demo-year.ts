import dayjs from 'dayjs';
import type { RecordInputRaw } from '../../../shared/schemas/record';
import { chinaYear } from '../../_core/use-cases/support/time';

/** The year the demo's stories were written for (通榆's 2026 plan). */
export const STORY_YEAR = 2026;

/**
 * The year the demo plays in: the current year (Beijing time) of the seed's
 * clock, never before 2026. `npm start` in 2031 gets a 2031 school year.
 */
export function demoYearOf(nowIso: string): number {
  return Math.max(STORY_YEAR, chinaYear(nowIso));
}

/**
 * Moves the stories' dates and the years named in text by whole years (the
 * catalogue is written for 2026): "2026-07-13" → "2031-07-13", "2026年…" →
 * "2031年…". Only four-digit 2026 is touched.
 */
export interface YearShift {
  offset: number;
  year: number;
  /** A Beijing time "2026-03-25 14:00" in the demo year. */
  at(beijingTime: string): string;
  /** A date "2026-08-25" in the demo year. */
  date(iso: string): string;
  /** "2026" in a text replaced by the demo year. */
  text(s: string): string;
  /** A record typed in 2026, moved to the demo year. */
  record(input: RecordInputRaw): RecordInputRaw;
  /** Status years [2026] → [demo year]. */
  years(years: readonly number[]): number[];
}

export function yearShift(year: number): YearShift {
  const offset = year - STORY_YEAR;
  const date = (iso: string) => (offset === 0 ? iso : dayjs(iso).add(offset, 'year').format('YYYY-MM-DD'));
  const text = (s: string) => (offset === 0 ? s : s.split(String(STORY_YEAR)).join(String(year)));
  return {
    offset,
    year,
    at: (beijingTime) => `${date(beijingTime.slice(0, 10))}${beijingTime.slice(10)}`,
    date,
    text,
    record: (input) => (offset === 0 ? input : {
      ...input, title: text(input.title), startDate: date(input.startDate), endDate: date(input.endDate),
    }),
    years: (years) => years.map((y) => (y === STORY_YEAR ? year : y)),
  };
}
