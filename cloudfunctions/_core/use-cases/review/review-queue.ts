import type { Fixed } from '../../../../shared/credits';
import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { ProgressReport } from '../../../../shared/schemas/progress-report';
import type { Caller } from '../../auth/resolve-caller';
import { requireReviewer } from '../../auth/scope';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { toRecordView } from '../support/record-view';
import { schoolInReviewScope } from '../support/school-scope';
import { chinaDate } from '../support/time';
import { impactOf, policyLookup } from './record-impact';

/** The scope filter for a queue: one school, the reviewer's schools, or the admin's county. */
async function scopeFilter(deps: Deps, caller: Caller, schoolId: string | undefined): Promise<Filter> {
  if (schoolId !== undefined) {
    await schoolInReviewScope(deps, caller, schoolId, '只能查看本校（本县）的待审核记录');
    return { schoolId };
  }
  if (caller.viewer.adminCountyIds.length > 0) return { countyId: { in: [...caller.viewer.adminCountyIds] } };
  return { schoolId: { in: [...caller.viewer.reviewerSchoolIds] } };
}

/** The people behind a page of records, in one query. */
export async function teachersOf(deps: Deps, records: readonly RecordDoc[]): Promise<Map<string, PersonDoc>> {
  const ids = [...new Set(records.map((r) => r.teacherId))];
  if (ids.length === 0) return new Map();
  const people = await deps.store.find<PersonDoc>(collections.people, { _id: { in: ids } });
  return new Map(people.map((p) => [p._id, p]));
}

/** School names for a page of records, in one query. */
export async function schoolNames(deps: Deps, records: readonly RecordDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.map((r) => r.schoolId))];
  if (ids.length === 0) return new Map();
  const schools = await deps.store.find<SchoolDoc>(collections.schools, { _id: { in: ids } });
  return new Map(schools.map((s) => [s._id, s.name]));
}

/**
 * What each record of a page would add to its teacher's year: her approved records in
 * one query, each teacher's "before" report computed once, one "after" per record.
 */
async function gainsOf(deps: Deps, rows: readonly RecordDoc[], people: Map<string, PersonDoc>): Promise<Map<string, Fixed | null>> {
  const out = new Map<string, Fixed | null>();
  if (rows.length === 0) return out;
  const teacherIds = [...new Set(rows.map((r) => r.teacherId))];
  const approved = await deps.store.find<RecordDoc>(collections.records, { teacherId: { in: teacherIds }, status: 'approved' });
  const approvedBy = new Map<string, RecordDoc[]>();
  for (const r of approved) (approvedBy.get(r.teacherId) ?? approvedBy.set(r.teacherId, []).get(r.teacherId))?.push(r);
  const policyFor = policyLookup(deps);
  const befores = new Map<string, ProgressReport>();
  const asOf = chinaDate(deps.clock());
  for (const record of rows) {
    const person = people.get(record.teacherId);
    const policy = await policyFor(record.countyId, record.year);
    if (!person || !policy) { out.set(record._id, null); continue; }
    const key = `${record.teacherId}:${policy.doc._id}`;
    const impact = impactOf(policy, person, approvedBy.get(record.teacherId) ?? [], record, asOf, befores.get(key));
    befores.set(key, impact.before);
    out.set(record._id, impact.wouldAdd);
  }
  return out;
}

/** review.queue: pending records in scope, oldest first, never the caller's own; each with its school and what it would add. */
export async function reviewQueue(
  deps: Deps,
  caller: Caller,
  event: { schoolId?: string; year?: number; limit?: number; skip?: number },
): Promise<{ items: (RecordView & { schoolName: string; wouldAdd: Fixed | null })[]; total: number }> {
  requireReviewer(caller);
  const filter: Filter = {
    ...(await scopeFilter(deps, caller, event.schoolId)),
    status: { in: [...pendingStatuses] },
    teacherId: { neq: caller.person._id },
  };
  if (event.year !== undefined) filter.year = event.year;
  const [rows, total] = await Promise.all([
    deps.store.find<RecordDoc>(collections.records, filter, {
      orderBy: [{ field: 'submittedAt', direction: 'asc' }], limit: event.limit ?? 50, skip: event.skip ?? 0,
    }),
    deps.store.count(collections.records, filter),
  ]);
  const [people, schools] = await Promise.all([teachersOf(deps, rows), schoolNames(deps, rows)]);
  const gains = await gainsOf(deps, rows, people);
  return {
    items: rows.map((r) => ({
      ...toRecordView(r, caller.viewer, { teacherName: people.get(r.teacherId)?.name ?? '' }),
      schoolName: schools.get(r.schoolId) ?? '',
      wouldAdd: gains.get(r._id) ?? null,
    })),
    total,
  };
}
