import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { BEIJING_OFFSET_MINUTES } from '../time/beijing-time';

dayjs.extend(utc);

/**
 * The rules of a session's sign-in, shared by the server (which enforces them)
 * and the client (which shows them). Pure: instants in, facts out.
 */

/** Sign-in opens this long before the start… */
export const SIGN_IN_OPENS_BEFORE_MINUTES = 30;
/** …and closes this long after the end. */
export const SIGN_IN_CLOSES_AFTER_MINUTES = 30;
/** Signed in more than this after the start counts as late (still credited unless actual hours count). */
export const LATE_AFTER_MINUTES = 10;
/** A sign-in code is valid this long after it is issued. */
export const CODE_TTL_SECONDS = 120;
/** The organiser's screen asks for a fresh code this often. */
export const CODE_REFRESH_MS = 60_000;

/** The instant of a Beijing wall-clock time on a Beijing calendar day (`2026-05-08`, `14:30`). */
export function beijingInstant(date: string, time: string): string {
  return dayjs.utc(`${date}T${time}:00Z`).subtract(BEIJING_OFFSET_MINUTES, 'minute').toISOString();
}

/** When scanning is accepted for a session. */
export function signInWindow(session: { startsAt: string; endsAt: string }): { opensAt: string; closesAt: string } {
  return {
    opensAt: dayjs.utc(session.startsAt).subtract(SIGN_IN_OPENS_BEFORE_MINUTES, 'minute').toISOString(),
    closesAt: dayjs.utc(session.endsAt).add(SIGN_IN_CLOSES_AFTER_MINUTES, 'minute').toISOString(),
  };
}

/** 'before' / 'open' / 'after' the sign-in window at `now`. */
export function windowState(session: { startsAt: string; endsAt: string }, now: string): 'before' | 'open' | 'after' {
  const { opensAt, closesAt } = signInWindow(session);
  if (dayjs.utc(now).isBefore(opensAt)) return 'before';
  if (dayjs.utc(now).isAfter(closesAt)) return 'after';
  return 'open';
}

/** Whole minutes after the start (0 when on time or early). */
export function minutesLate(startsAt: string, signedInAt: string): number {
  return Math.max(0, Math.floor(dayjs.utc(signedInAt).diff(startsAt, 'second') / 60));
}

/** True when a sign-in at `signedInAt` is late. */
export function isLate(startsAt: string, signedInAt: string): boolean {
  return minutesLate(startsAt, signedInAt) > LATE_AFTER_MINUTES;
}

/**
 * 学时 actually attended: the session's 学时 in proportion to the time present
 * (from the later of sign-in and start to the earlier of sign-out and end),
 * rounded DOWN to half a 学时. Proportional because counties define a 学时 as
 * 45 or 60 minutes; the organiser's `hours` for the whole session already says
 * which. Never more than `hours`, never time outside the session.
 */
export function attendedHours(session: { startsAt: string; endsAt: string; hours: number }, signedInAt: string, signedOutAt: string): number {
  const start = dayjs.utc(session.startsAt).valueOf();
  const end = dayjs.utc(session.endsAt).valueOf();
  const from = Math.max(dayjs.utc(signedInAt).valueOf(), start);
  const to = Math.min(dayjs.utc(signedOutAt).valueOf(), end);
  if (end <= start || to <= from) return 0;
  const halves = Math.floor(((to - from) / (end - start)) * session.hours * 2 + 1e-9);
  return Math.min(session.hours, halves / 2);
}
