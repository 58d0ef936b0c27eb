/** Teacher summary rows: computing them, comparing them, totalling them per school. */
import { pendingStatuses } from '../../../../../shared/records/state-machine';
import { collections } from '../../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../../shared/schemas/domain/record-doc';
import {
  summaryId, type SchoolAggregate, type SummaryMarkDoc, type TeacherSummaryDoc,
} from '../../../../../shared/schemas/domain/teacher-summary';
import type { Deps } from '../../../deps';
import type { PolicyInForce } from '../../policy/policy-in-force';
import { chinaDate } from '../../support/time';
import { teacherContextOf, toCreditRecord } from '../engine-input';
import { scopeForYear, standingFigures } from './standing';
import { CHUNK } from './summary-queries';

/** Identifies one publication: a new version (or a re-published year) rebuilds everything. */
export const policyKeyOf = (policy: PolicyInForce): string => `${policy.doc._id}@${policy.ref.version}`;

/** The summary of one teacher from her approved and pending records. */
export function summarise(person: PersonDoc, records: readonly RecordDoc[], policy: PolicyInForce, year: number, now: string): TeacherSummaryDoc {
  const asOf = chinaDate(now);
  const approved = records.filter((r) => r.status === 'approved');
  const pending = records.filter((r) => (pendingStatuses as readonly string[]).includes(r.status));
  const report = policy.compiled.compute(approved.map(toCreditRecord), teacherContextOf(person), asOf, { detail: 'summary' });
  const oldest = pending.reduce<string | null>((min, r) => (min === null || r.submittedAt < min ? r.submittedAt : min), null);
  return {
    _id: summaryId(person.countyId, year, person._id),
    countyId: person.countyId, schoolId: person.schoolId as string, year,
    teacherId: person._id, name: person.name, subject: person.subject ?? null,
    ...standingFigures(report, year, asOf),
    pendingCount: pending.length, oldestPendingAt: oldest,
    policyKey: policyKeyOf(policy), computedAt: now,
  };
}

/** The policy's categories for the year (from a report on no records), for filters. */
export function categoriesOf(policy: PolicyInForce, year: number, now: string): SummaryMarkDoc['categories'] {
  const empty = policy.compiled.compute([], { teacherId: '-', name: '-', statuses: [] }, chinaDate(now), { detail: 'summary' });
  return (scopeForYear(empty, year)?.categories ?? []).map((c) => ({ id: c.id, name: c.name, depth: c.depth }));
}

/** Recomputes the given teachers; returns their new summaries and the ids that no longer belong. */
export async function recompute(deps: Deps, teacherIds: readonly string[], policy: PolicyInForce, year: number, now: string) {
  const fresh: TeacherSummaryDoc[] = [];
  const gone: string[] = [];
  for (let i = 0; i < teacherIds.length; i += CHUNK) {
    const ids = teacherIds.slice(i, i + CHUNK);
    const [people, records] = await Promise.all([
      deps.store.find<PersonDoc>(collections.people, { _id: { in: ids } }),
      deps.store.find<RecordDoc>(collections.records, { teacherId: { in: ids }, status: { in: ['approved', ...pendingStatuses] } }),
    ]);
    const byTeacher = new Map<string, RecordDoc[]>();
    for (const r of records) (byTeacher.get(r.teacherId) ?? byTeacher.set(r.teacherId, []).get(r.teacherId))?.push(r);
    const found = new Map(people.map((p) => [p._id, p]));
    for (const id of ids) {
      const person = found.get(id);
      if (!person || !person.active || person.schoolId === null) gone.push(id);
      else fresh.push(summarise(person, byTeacher.get(id) ?? [], policy, year, now));
    }
  }
  return { fresh, gone };
}

/** A school's totals from its teachers' rows. */
export function aggregate(rows: readonly TeacherSummaryDoc[]): SchoolAggregate {
  let oldest: string | null = null;
  for (const r of rows) if (r.oldestPendingAt && (oldest === null || r.oldestPendingAt < oldest)) oldest = r.oldestPendingAt;
  return {
    teacherCount: rows.length,
    passedCount: rows.filter((r) => r.standing === 'met').length,
    behindCount: rows.filter((r) => r.standing === 'behind').length,
    pendingCount: rows.reduce((n, r) => n + r.pendingCount, 0),
    oldestPendingAt: oldest,
  };
}

export function groupBySchool(rows: readonly TeacherSummaryDoc[]): Map<string, TeacherSummaryDoc[]> {
  const out = new Map<string, TeacherSummaryDoc[]>();
  for (const r of rows) (out.get(r.schoolId) ?? out.set(r.schoolId, []).get(r.schoolId))?.push(r);
  return out;
}

/** JSON with object keys sorted, so equal values compare equal whatever order a store returns fields in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/** Same row apart from when it was computed: rewriting it would change nothing anyone reads. */
export const sameRow = (a: TeacherSummaryDoc, b: TeacherSummaryDoc | undefined): boolean =>
  b !== undefined && canonical({ ...a, computedAt: '' }) === canonical({ ...b, computedAt: '' });

