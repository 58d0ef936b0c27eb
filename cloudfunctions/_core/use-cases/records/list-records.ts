import { collections } from '../../../../shared/schemas/domain/collections';
import type { PersonDoc } from '../../../../shared/schemas/domain/person';
import type { RecordDoc } from '../../../../shared/schemas/domain/record-doc';
import type { RecordsEvent } from '../../../../shared/schemas/api/records';
import type { RecordView } from '../../../../shared/schemas/api/views';
import type { Caller } from '../../auth/resolve-caller';
import { reviewsSchool } from '../../auth/scope';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { AppError } from '../app-error';
import { toRecordView } from '../support/record-view';
import { sessionRefsOf } from '../training/session-queries';

type ListEvent = Extract<RecordsEvent, { action: 'list' }>;

/**
 * records.list: the caller's own records, or (reviewer/admin) one teacher's
 * records within her scope. Newest submission first.
 */
export async function listRecords(deps: Deps, caller: Caller, event: ListEvent): Promise<{ items: RecordView[]; total: number }> {
  const teacherId = event.teacherId ?? caller.person._id;
  let teacherName = caller.person.name;
  if (teacherId !== caller.person._id) {
    const teacher = await deps.store.get<PersonDoc>(collections.people, teacherId);
    if (!teacher || !teacher.schoolId || !reviewsSchool(caller, teacher.schoolId, teacher.countyId)) {
      throw new AppError('FORBIDDEN', '只能查看本校（本县）教师的记录');
    }
    teacherName = teacher.name;
  }
  const filter: Filter = { teacherId };
  if (event.year !== undefined) filter.year = event.year;
  if (event.status !== undefined) filter.status = Array.isArray(event.status) ? { in: [...new Set(event.status)] } : event.status;
  const [rows, total] = await Promise.all([
    deps.store.find<RecordDoc>(collections.records, filter, {
      orderBy: [{ field: 'submittedAt', direction: 'desc' }], limit: event.limit ?? 50, skip: event.skip ?? 0,
    }),
    deps.store.count(collections.records, filter),
  ]);
  const sessions = await sessionRefsOf(deps, rows.map((r) => r.sessionId));
  return { items: rows.map((r) => toRecordView(r, caller.viewer, { teacherName, session: r.sessionId ? sessions.get(r.sessionId) ?? null : null })), total };
}
