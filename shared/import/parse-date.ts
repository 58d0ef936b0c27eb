import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Cell } from './cell';
import { cellText } from './cell';

dayjs.extend(utc);

/** Day 0 of Excel's 1900 date system (serial 1 = 1900-01-01, with Excel's 1900 leap-day bug absorbed). */
const excelEpoch = dayjs.utc('1899-12-30');
/** Serials outside 1990–2100 are more likely hours or typos than dates. */
const serialRange = { min: 32874, max: 73415 } as const;
const dayMs = 86_400_000;

/** Outcome of reading one date cell: an ISO date or the reason it is not one. */
export type DateParse = { ok: true; date: string } | { ok: false; problem: string };

function fromParts(year: number, month: number, day: number): string | undefined {
  if (year < 2000 || year > 2100) return undefined;
  const d = dayjs.utc(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (d.year() !== year || d.month() !== month - 1 || d.date() !== day) return undefined;
  return d.format('YYYY-MM-DD');
}

function fromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < serialRange.min || serial > serialRange.max) return undefined;
  return excelEpoch.add(Math.floor(serial), 'day').format('YYYY-MM-DD');
}

/**
 * A Date from an XLSX reader stands for a calendar day at UTC midnight; float
 * serials sometimes land a few ms before midnight, so snap to the nearest day
 * when within a minute of it.
 */
function fromDateObject(value: Date): string | undefined {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return undefined;
  const into = ((ms % dayMs) + dayMs) % dayMs;
  const dayStart = into > dayMs - 60_000 ? ms - into + dayMs : ms - into;
  const d = dayjs.utc(dayStart);
  return fromParts(d.year(), d.month() + 1, d.date());
}

const fullDate = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const compactDate = /^(\d{4})(\d{2})(\d{2})$/;
const monthDay = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** Width-folded, trimmed, lower case, but inner spaces kept: they separate a date from a time. */
function normalise(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** Read a date written as text: 2026-05-01, 2026/5/1, 2026.5.1, 2026年5月1日, 20260501, or a serial. */
export function parseDateText(text: string): string | undefined {
  const folded = normalise(text);
  const full = fullDate.exec(folded);
  if (full) return fromParts(Number(full[1]), Number(full[2]), Number(full[3]));
  const compact = compactDate.exec(folded);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d+(\.\d+)?$/.test(folded)) return fromSerial(Number(folded));
  return undefined;
}

const dateHint = '应为日期（如 2026-05-01、2026/5/1、2026年5月1日）';

/** Read one date cell of any kind an XLSX or CSV reader produces. */
export function parseDateCell(cell: Cell): DateParse {
  let date: string | undefined;
  if (cell instanceof Date) date = fromDateObject(cell);
  else if (typeof cell === 'number') date = fromSerial(cell);
  else date = parseDateText(cellText(cell));
  if (date) return { ok: true, date };
  const shown = cell instanceof Date ? '无效日期' : cellText(cell);
  return { ok: false, problem: `${dateHint}，实际为「${shown}」` };
}

/** Outcome of a 日期 cell that may hold one day or a range (2026-05-01至2026-05-03). */
export type DateRangeParse = { ok: true; start: string; end: string } | { ok: false; problem: string };

/** Read a 日期/起止日期 cell: a single day, or two days joined by 至 / 到 / ~ / —. */
export function parseDateRangeCell(cell: Cell): DateRangeParse {
  if (typeof cell !== 'string') {
    const one = parseDateCell(cell);
    return one.ok ? { ok: true, start: one.date, end: one.date } : one;
  }
  const parts = normalise(cell).split(/至|到|~|〜|—|–|--/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 1 && parts[0] !== undefined) {
    const one = parseDateText(parts[0]);
    return one ? { ok: true, start: one, end: one } : { ok: false, problem: `${dateHint}，实际为「${cellText(cell)}」` };
  }
  const [first, second] = parts;
  const start = parts.length === 2 && first ? parseDateText(first) : undefined;
  let end = parts.length === 2 && second ? parseDateText(second) : undefined;
  const md = second ? monthDay.exec(second) : null;
  if (start && !end && md) end = fromParts(Number(start.slice(0, 4)), Number(md[1]), Number(md[2]));
  if (start && end) return { ok: true, start, end };
  return { ok: false, problem: `应为日期或日期范围（如 2026-05-01至2026-05-03），实际为「${cellText(cell)}」` };
}
