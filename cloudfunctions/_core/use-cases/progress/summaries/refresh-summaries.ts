import { pendingStatuses } from '../../../../../shared/records/state-machine';
import { collections } from '../../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../../shared/schemas/domain/record-doc';
import type { RoleAssignmentDoc } from '../../../../../shared/schemas/domain/role-assignment';
import {
  summaryId, summaryMarkId, type SchoolAggregate, type SummaryMarkDoc, type TeacherSummaryDoc,
} from '../../../../../shared/schemas/domain/teacher-summary';
import type { Deps } from '../../../deps';
import type { PolicyInForce } from '../../policy/policy-in-force';
import { addMinutes, chinaDate } from '../../support/time';
import { teacherContextOf, toCreditRecord } from '../engine-input';
import { scopeForYear, standingFigures } from './standing';

/**
 * How far back each refresh looks again. A change is stamped with its writer's clock
 * before it commits, so a refresh may run between the stamp and the commit; looking a
 * few minutes back catches those (and small clock differences between instances).
 */
export const LOOK_BACK_MINUTES = 5;
/** Teachers per query when (re)computing: bounds the `in` list and the rows in memory. */
const CHUNK = 100;

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
function categoriesOf(policy: PolicyInForce, year: number, now: string): SummaryMarkDoc['categories'] {
  const empty = policy.compiled.compute([], { teacherId: '-', name: '-', statuses: [] }, chinaDate(now), { detail: 'summary' });
  return (scopeForYear(empty, year)?.categories ?? []).map((c) => ({ id: c.id, name: c.name, depth: c.depth }));
}

/** Recomputes the given teachers; returns their new summaries and the ids that no longer belong. */
async function recompute(deps: Deps, teacherIds: readonly string[], policy: PolicyInForce, year: number, now: string) {
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

function groupBySchool(rows: readonly TeacherSummaryDoc[]): Map<string, TeacherSummaryDoc[]> {
  const out = new Map<string, TeacherSummaryDoc[]>();
  for (const r of rows) (out.get(r.schoolId) ?? out.set(r.schoolId, []).get(r.schoolId))?.push(r);
  return out;
}

/** The teacher-role set of a county, and the county's existing summaries (the slow path). */
async function membership(deps: Deps, countyId: string, year: number) {
  const [roles, existing] = await Promise.all([
    deps.store.find<RoleAssignmentDoc>(collections.roles, { countyId, role: 'teacher' }),
    deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { countyId, year }),
  ]);
  return { teachers: new Set(roles.map((r) => r.personId)), known: new Set(existing.map((s) => s.teacherId)) };
}

/**
 * Brings one county-year's teacher summaries up to date; returns the new mark. Callers then
 * read the rows they need (a school's, or the county's).
 * - First call, or a new publication: every teacher is computed, and rows of those who no
 *   longer hold the role removed.
 * - Teacher roles granted or removed since the mark (count differs, or a grant is newer than
 *   the watermark): the role set is read and compared with the rows — joiners computed, rows
 *   of those who lost the role removed.
 * - Always: teachers whose records or roster entry changed since the watermark are recomputed
 *   (left, or without a school → row removed).
 * Idempotent: two refreshes racing write the same rows.
 */
export async function refreshSummaries(deps: Deps, countyId: string, year: number, policy: PolicyInForce): Promise<SummaryMarkDoc> {
  const now = deps.clock();
  const policyKey = policyKeyOf(policy);
  const teacherRole = { countyId, role: 'teacher' };
  const [mark, roleCount] = await Promise.all([
    deps.store.get<SummaryMarkDoc>(collections.summaryMarks, summaryMarkId(countyId, year)),
    deps.store.count(collections.roles, teacherRole),
  ]);
  const rebuild = !mark || mark.policyKey !== policyKey;
  const affected = new Set<string>();
  const removed = new Set<string>();
  let teachers: Set<string> | null = null;
  if (rebuild) {
    const m = await membership(deps, countyId, year);
    teachers = m.teachers;
    teachers.forEach((id) => affected.add(id));
    // Rows of people who lost the role before this rebuild: later refreshes see the same
    // role count as the new mark and would never look for them again.
    m.known.forEach((id) => { if (!m.teachers.has(id)) removed.add(id); });
  } else {
    const since = { gte: mark.changesSince };
    const [records, people, granted] = await Promise.all([
      deps.store.find<RecordDoc>(collections.records, { countyId, updatedAt: since }),
      deps.store.find<PersonDoc>(collections.people, { countyId, updatedAt: since }),
      deps.store.count(collections.roles, { ...teacherRole, grantedAt: since }),
    ]);
    for (const r of records) affected.add(r.teacherId);
    for (const p of people) affected.add(p._id);
    if (granted > 0 || roleCount !== mark.teacherRoles) {
      const m = await membership(deps, countyId, year);
      teachers = m.teachers;
      teachers.forEach((id) => { if (!m.known.has(id)) affected.add(id); });
      m.known.forEach((id) => { if (!m.teachers.has(id)) removed.add(id); });
    }
  }
  const candidates = [...affected].filter((id) => !removed.has(id) && (teachers === null || teachers.has(id)));
  const { fresh, gone } = await recompute(deps, candidates, policy, year, now);
  gone.forEach((id) => removed.add(id));
  const removals = [...removed];
  // Schools whose totals move: where changed teachers are now, and where they were before.
  const touched = new Set(fresh.map((s) => s.schoolId));
  if (!rebuild) {
    const ids = [...new Set([...candidates, ...removals])].map((id) => summaryId(countyId, year, id));
    for (let i = 0; i < ids.length; i += CHUNK) {
      const old = await deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { _id: { in: ids.slice(i, i + CHUNK) } });
      old.forEach((o) => touched.add(o.schoolId));
    }
  }
  for (let i = 0; i < Math.max(fresh.length, removals.length); i += 500) {
    const sets = fresh.slice(i, i + 500);
    const removes = removals.slice(i, i + 500);
    await deps.store.transaction(async (tx) => {
      for (const s of sets) await tx.set(collections.teacherSummaries, s);
      for (const id of removes) await tx.remove(collections.teacherSummaries, summaryId(countyId, year, id));
    });
  }
  const schools: Record<string, SchoolAggregate> = rebuild || !mark ? {} : { ...mark.schools };
  if (rebuild) for (const [schoolId, rows] of groupBySchool(fresh)) schools[schoolId] = aggregate(rows);
  else {
    for (const schoolId of touched) {
      schools[schoolId] = aggregate(await deps.store.find<TeacherSummaryDoc>(collections.teacherSummaries, { schoolId, year }));
    }
  }
  const next: SummaryMarkDoc = {
    _id: summaryMarkId(countyId, year), countyId, year, policyKey,
    changesSince: addMinutes(now, -LOOK_BACK_MINUTES),
    teacherRoles: roleCount,
    categories: rebuild || !mark ? categoriesOf(policy, year, now) : mark.categories,
    schools,
    refreshedAt: now,
  };
  await deps.store.transaction((tx) => tx.set(collections.summaryMarks, next));
  return next;
}
