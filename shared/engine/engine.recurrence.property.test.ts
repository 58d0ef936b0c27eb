import dayjs from 'dayjs';
import fc from 'fast-check';
import { getPolicy, listPolicies } from '../policies';
import { policyForYear, shiftPolicy } from '../policies/period-instances';
import type { Policy } from '../schemas/policy';
import type { ProgressReport } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { TeacherContext } from '../schemas/teacher-context';
import { recordsArb, teacherArb } from '../test-support/arbitraries';
import { compilePolicy } from './compile-policy';

/**
 * Recurring periods and roll-over: a period moved by whole periods is the same
 * policy in another time. Records, statuses and the date moved alike give the
 * same figures, verdicts and explanations, only the years differ.
 */
const runs = { numRuns: Number(process.env.FC_RUNS ?? 40) };
const yongji = getPolicy('yongji-2018') as Policy;

const moveDate = (iso: string, n: number) => dayjs(iso).add(n, 'year').format('YYYY-MM-DD');
function moveRecords(records: readonly CreditRecord[], n: number): CreditRecord[] {
  return records.map((r) => ({ ...r, startDate: moveDate(r.startDate, n), endDate: moveDate(r.endDate, n) }));
}
function moveTeacher(t: TeacherContext, n: number): TeacherContext {
  return {
    ...t,
    statuses: t.statuses.map((s) => (s.years ? { ...s, years: s.years.map((y) => y + n) } : s)),
    ...(t.hiredOn ? { hiredOn: moveDate(t.hiredOn, n) } : {}),
  };
}
/** The report with every year and date put back by n years, for comparison. */
function normalise(r: ProgressReport, n: number): unknown {
  // quoted sentences keep the document's own years: compared apart (they are the same objects)
  const text = JSON.stringify({ ...r, policyId: '', policyName: '', asOf: '' }, (key, value: unknown) => (key === 'source' ? undefined : value));
  // standalone four-digit years only (amounts such as 2050000 stay as they are)
  return JSON.parse(text.replace(/(?<!\d)\d{4}(?!\d)/g, (m) => {
    const y = Number(m);
    return y >= 2000 && y <= 2100 ? String(y - n) : m;
  }));
}
/** 02-29 moves to 02-28 in a common year: keep generated dates off it. */
const noLeapDay = (records: readonly CreditRecord[]) => records.every((r) => !r.endDate.endsWith('02-29') && !r.startDate.endsWith('02-29'));

describe('recurring periods (永吉: five-year cycles from 2018)', () => {
  const compiled = compilePolicy(yongji);

  it('any year from 2018 falls in exactly one cycle, five years long, starting 2018 + 5k', () => {
    fc.assert(fc.property(fc.integer({ min: 2018, max: 2100 }), (year) => {
      const instance = policyForYear(yongji, year) as Policy;
      const first = 2018 + Math.floor((year - 2018) / 5) * 5;
      expect(instance.period.years).toEqual([first, first + 1, first + 2, first + 3, first + 4]);
      expect(instance.period.cycle).toMatchObject({ startYear: first, endYear: first + 4 });
      expect(policyForYear(yongji, year)).toBe(instance); // one object per instance: compiled once
    }), runs);
    expect(policyForYear(yongji, 2017)).toBeNull();
  });

  it('records moved by k cycles, computed in that cycle, give the same report as in 2018–2022', () => {
    fc.assert(fc.property(recordsArb(yongji), teacherArb(yongji), fc.integer({ min: 1, max: 10 }), (records, teacher, k) => {
      fc.pre(noLeapDay(records));
      const n = 5 * k;
      const base = compiled.compute(records, teacher, '2022-12-31');
      const moved = compiled.compute(moveRecords(records, n), moveTeacher(teacher, n), moveDate('2022-12-31', n));
      expect(moved.years.map((y) => y.year)).toEqual(base.years.map((y) => (y.year ?? 0) + n));
      expect(normalise(moved, n)).toEqual(normalise(base, 0));
    }), runs);
  });

  it('the asOf year picks the cycle; options.year picks it explicitly', () => {
    fc.assert(fc.property(recordsArb(yongji), teacherArb(yongji), (records, teacher) => {
      const byYear = compiled.compute(records, teacher, '2031-06-30', { year: 2022 });
      const base = compiled.compute(records, teacher, '2031-06-30', { year: 2018 });
      expect(byYear).toEqual(base);
      expect(compiled.compute(records, teacher, '2031-06-30').cycle).toMatchObject({ startYear: 2028, endYear: 2032 });
    }), runs);
  });
});

describe.each(listPolicies().map((p) => [p.id, getPolicy(p.id) as Policy] as const))('a policy carried forward (roll-over) — %s', (_id, policy) => {
  it('shifted by whole periods, it computes the moved records exactly as the original did', () => {
    const length = policy.period.years.length;
    const asOf = policy.period.end;
    fc.assert(fc.property(recordsArb(policy), teacherArb(policy), fc.integer({ min: 1, max: 4 }), (records, teacher, k) => {
      fc.pre(noLeapDay(records));
      const n = length * k;
      const carried = compilePolicy(shiftPolicy(policy, n));
      const base = compilePolicy(policy).compute(records, teacher, asOf);
      const moved = carried.compute(moveRecords(records, n), moveTeacher(teacher, n), moveDate(asOf, n));
      expect(normalise(moved, n)).toEqual(normalise(base, 0));
    }), runs);
  });
});
