/**
 * Test-only builders (imported by *.test.ts files, never by product code).
 * A record defaults to an approved, passed, certified 10-hour 县级 集中 course.
 */
import { formatAmount, fromDecimal, type Fixed } from '../credits';
import type { ProgressReport, RequirementResult } from '../schemas/progress-report';
import type { CreditRecord } from '../schemas/record';
import type { TeacherContext } from '../schemas/teacher-context';

let seq = 0;

/** A stored record with sensible defaults; `id` is unique unless given. */
export function rec(over: Partial<CreditRecord> & { endDate: string }): CreditRecord {
  seq += 1;
  return {
    id: `r${String(seq).padStart(4, '0')}`,
    teacherId: 't1',
    status: 'approved',
    title: `培训${seq}`,
    organizer: '',
    hours: 10,
    startDate: over.endDate,
    form: '集中',
    level: '县',
    location: '县内',
    tags: [],
    role: '学员',
    passed: true,
    hasCertificate: true,
    ...over,
  } as CreditRecord;
}

/** Teacher t1 with the given statuses. */
export function teacher(over: Partial<TeacherContext> = {}): TeacherContext {
  return { teacherId: 't1', statuses: [], ...over };
}

/** Decimal → fixed units, for expectations written as the documents write them. */
export const cr = (v: number | string): Fixed => fromDecimal(v);

/** Display text of an amount without unit. */
export const show = (a: number): string => formatAmount(a as Fixed, { unit: '' });

/** A requirement (category id or "total") in a year, or in the cycle when year is omitted. */
export function req(report: ProgressReport, id: string, year?: number): RequirementResult {
  const scope = year === undefined ? report.cycle : report.years.find((y) => y.year === year);
  if (!scope) throw new Error(`no scope ${year ?? 'cycle'}`);
  const r = id === 'total' ? scope.total : scope.categories.find((c) => c.id === id);
  if (!r) throw new Error(`no requirement ${id}`);
  return r;
}

/** A record's explanation by id. */
export function explained(report: ProgressReport, id: string) {
  const r = report.records.find((x) => x.recordId === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
}

/** All step texts of a record, joined for readable assertions. */
export function chain(report: ProgressReport, id: string): string {
  return explained(report, id).steps.map((s) => s.text).join(' | ');
}
