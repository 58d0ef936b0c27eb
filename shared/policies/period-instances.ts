import dayjs from 'dayjs';
import type { Policy } from '../schemas/policy';

/**
 * Periods that repeat, and policies carried to other years.
 *
 * A policy's `period` is one instance: a year (通榆 2026) or a cycle (永吉
 * 2018–2022). Shifting a policy by n years moves its dates, years, cycle and
 * the years named in its name and cycle name; every rule and every quoted
 * sentence stays as the document wrote it. A period with `recurrence`
 * repeats back to back, so any later year falls in exactly one instance.
 */

/** Instances already built, per policy and shift: compiling a policy is cached per object. */
const instances = new WeakMap<Policy, Map<number, Policy>>();

/** Number of years one instance spans (1 for a yearly plan, 5 for 永吉's cycle). */
export function periodLength(policy: Policy): number {
  return Math.max(1, policy.period.years.length);
}

/** First and last reporting year of the policy as it stands. */
export function periodYears(policy: Policy): { first: number; last: number } {
  const { years } = policy.period;
  return { first: years[0] ?? 0, last: years[years.length - 1] ?? -1 };
}

/**
 * Years to shift `policy` by so that its period covers `year`, or null when
 * no instance does (before the first year, past `until`, or not recurring).
 * 0 when the period as written covers it.
 */
export function shiftForYear(policy: Policy, year: number): number | null {
  const { first, last } = periodYears(policy);
  if (year >= first && year <= last) return 0;
  const recurrence = policy.period.recurrence;
  if (!recurrence || year < first || (recurrence.until !== undefined && year > recurrence.until)) return null;
  const length = periodLength(policy);
  return Math.floor((year - first) / length) * length;
}

/** Does the policy (itself, or an instance of its recurring period) cover `year`? */
export function coversYear(policy: Policy, year: number): boolean {
  return shiftForYear(policy, year) !== null;
}

/**
 * Whole periods to shift by to reach `year` even without recurrence (a
 * county carrying its plan forward): the smallest multiple of the period's
 * length that covers it. Negative for an earlier year.
 */
export function carryShift(policy: Policy, year: number): number {
  const { first } = periodYears(policy);
  const length = periodLength(policy);
  return Math.floor((year - first) / length) * length;
}

// no lookbehind: older iOS WeChat engines reject it when the bundle is parsed
const digitRuns = /\d+/g;

/** Replaces each four-digit year between `first` and `last` in `text` by itself + n ("2018—2022 五年周期" → "2023—2027 五年周期"). */
export function shiftYearsInText(text: string, first: number, last: number, n: number): string {
  return text.replace(digitRuns, (m) => {
    const y = Number(m);
    return m.length === 4 && y >= first && y <= last ? String(y + n) : m;
  });
}

const shiftDate = (iso: string, n: number): string => dayjs(iso).add(n, 'year').format('YYYY-MM-DD');

/**
 * The policy with its period moved by `n` years (n = 0 returns it as is).
 * Rules, sources and notes are shared with the original, unchanged; a
 * 02-29 date lands on 02-28 in a common year (dayjs).
 */
export function shiftPolicy(policy: Policy, n: number): Policy {
  if (n === 0) return policy;
  const { first, last } = periodYears(policy);
  const p = policy.period;
  const text = (s: string) => shiftYearsInText(s, first, last, n);
  return {
    ...policy,
    name: text(policy.name),
    period: {
      ...p,
      start: shiftDate(p.start, n),
      end: shiftDate(p.end, n),
      years: p.years.map((y) => y + n),
      ...(p.cycle ? {
        cycle: {
          ...p.cycle, startYear: p.cycle.startYear + n, endYear: p.cycle.endYear + n,
          ...(p.cycle.name !== undefined ? { name: text(p.cycle.name) } : {}),
        },
      } : {}),
      shiftedBy: (p.shiftedBy ?? 0) + n,
    },
  };
}

/**
 * The instance of `policy` whose period covers `year` (the same object when
 * the period as written covers it, the same instance object on every call),
 * or null when none does.
 */
export function policyForYear(policy: Policy, year: number): Policy | null {
  const n = shiftForYear(policy, year);
  if (n === null) return null;
  if (n === 0) return policy;
  let byShift = instances.get(policy);
  if (!byShift) {
    byShift = new Map();
    instances.set(policy, byShift);
  }
  let hit = byShift.get(n);
  if (!hit) {
    hit = shiftPolicy(policy, n);
    if (byShift.size < 200) byShift.set(n, hit);
  }
  return hit;
}
