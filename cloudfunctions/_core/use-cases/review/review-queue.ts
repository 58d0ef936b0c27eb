import { pendingStatuses } from '../../../../shared/records/state-machine';
import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { SchoolDoc } from '../../../../shared/schemas/domain/school';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import { requireReviewer, reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { AppError } from '../app-error';
import { toRecordView } from '../support/record-view';

/** The scope filter for a queue: one school, the reviewer's schools, or the admin's county. */
async function scopeFilter(deps: Deps, caller: Caller, schoolId: string | undefined): Promise<Filter> {
  if (schoolId !== undefined) {
    const school = await deps.store.get<SchoolDoc>(collections.schools, schoolId);
    if (!school || !reviewsSchool(caller, school._id, school.countyId)) throw new AppError('FORBIDDEN', '只能查看本校（本县）的待审核记录');
    return { schoolId };
  }
  if (caller.viewer.adminCountyIds.length > 0) return { countyId: { in: [...caller.viewer.adminCountyIds] } };
  return { schoolId: { in: [...caller.viewer.reviewerSchoolIds] } };
}

/** Names of the teachers behind a page of records, in one query. */
export async function teacherNames(deps: Deps, records: readonly RecordDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.map((r) => r.teacherId))];
  if (ids.length === 0) return new Map();
  const people = await deps.store.find<PersonDoc>(collections.people, { _id: { in: ids } });
  return new Map(people.map((p) => [p._id, p.name]));
}

/** review.queue: pending records in scope, oldest first, never the caller's own. */
export async function reviewQueue(
  deps: Deps,
  caller: Caller,
  event: { schoolId?: string; year?: number; limit?: number; skip?: number },
): Promise<{ items: RecordView[]; total: number }> {
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
  const names = await teacherNames(deps, rows);
  return { items: rows.map((r) => toRecordView(r, caller.viewer, { teacherName: names.get(r.teacherId) ?? '' })), total };
}
